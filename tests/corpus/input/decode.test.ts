import { describe, expect, it } from 'vitest';
import { charsetOfContentType, declaredHtmlCharset, decodeBytes, encodingName } from '../../../src/corpus/input/decode.js';
import { UsageError } from '../../../src/errors.js';
import { asGb18030, asUtf16be, asUtf16le } from './make.js';

const zh = '国务院办公厅关于进一步加强地方政府债务管理的通知。各省、自治区、直辖市人民政府要切实履行属地管理责任，坚决遏制隐性债务增量。';

describe('decodeBytes', () => {
  it.each([
    ['UTF-8', Buffer.from(zh)],
    ['UTF-8 with a BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(zh)])],
    ['UTF-16 LE with a BOM', asUtf16le(zh)],
    ['UTF-16 BE with a BOM', asUtf16be(zh)],
    ['GB18030, detected', asGb18030(zh)],
  ])('decodes %s', async (_name, bytes) => {
    expect(await decodeBytes(bytes, 'x.txt')).toBe(zh);
  });

  it('decodes a short GBK text only when told, and says how', async () => {
    const short = asGb18030('要加强管理。');
    await expect(decodeBytes(short, 'short.txt')).rejects.toThrow(/^short\.txt: not valid UTF-8 text, and its encoding could not be told; name it with --encoding/);
    expect(await decodeBytes(short, 'short.txt', { encoding: 'GBK' })).toBe('要加强管理。');
    expect(await decodeBytes(short, 'short.txt', { declared: 'gb2312' })).toBe('要加强管理。');
  });

  it('lets a BOM win over a wrong declaration, and --encoding over both', async () => {
    expect(await decodeBytes(asUtf16le(zh), 'x.html', { declared: 'gb2312' })).toBe(zh);
    await expect(decodeBytes(asUtf16le(zh), 'x.txt', { encoding: 'utf-8' })).rejects.toThrow(/x\.txt: not valid UTF-8 text \(as forced by --encoding utf-8\)/);
  });

  it('refuses an unknown --encoding as a usage error', () => {
    expect(() => encodingName('klingon-8')).toThrow(UsageError);
    expect(encodingName('GB2312')).toBe('gb18030');
    expect(encodingName('latin1')).toBe('windows-1252');
  });

  it('finds declared charsets in HTML and HTTP headers', () => {
    expect(declaredHtmlCharset(Buffer.from('<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">'))).toBe('gb2312');
    expect(declaredHtmlCharset(Buffer.from('<meta charset=\'GBK\'>'))).toBe('GBK');
    expect(declaredHtmlCharset(Buffer.from('<p>no charset</p>'))).toBeNull();
    expect(charsetOfContentType('text/html; charset="GB18030"')).toBe('GB18030');
    expect(charsetOfContentType('application/pdf')).toBeNull();
  });
});
