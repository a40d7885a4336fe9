/**
 * The evidence a parser records for each directive (issue 10, "Say how sure it
 * is"). Shown by `show`, kept in JSON, and the input of the confidence score.
 * Positive signals first, then the doubts that lower confidence.
 */
export const SIGNALS = [
  // what made it a directive
  'explicit-cue', // a deontic cue: must, should, 要, 必须 …
  'frame', // a reporting frame in the same sentence: "The meeting stressed that …", 会议强调
  'carried-frame', // a frame carried over from an earlier sentence or paragraph of the same passage
  'list-item', // an item of a list introduced by a directive line (一是…, "First, …", "We must:")
  'bare-imperative', // a clause that begins with a bare verb inside a directive passage
  'requirement-frame', // "set out the following requirements", 提出…要求
  'agent-subject', // the subject is someone who can act (an addressee)
  'run-in-label', // a command-worded label run into its paragraph ("Guarantee supply. We should …")
  'object-frame', // the frame verb takes the addressee as object ("called on all localities to …")
  'shared-subject', // a modal repeated for the subject before it ("…, and must not …")
  // doubts
  'non-agent-will', // "will" after a subject that is not an agent: may be a prediction
  'no-subject', // no addressee could be found
  'fragment', // a verbless fragment or a heading-like line
  'mixed-document', // the text around it is mostly not directives (news)
  'hope', // 希望, "I hope that …"
  'weak-cue', // a cue that often only describes: can, may, will with a passive verb
  'no-frame-passage', // a bare imperative with neither frame nor cue in its own sentence
] as const;

export type Signal = (typeof SIGNALS)[number];
