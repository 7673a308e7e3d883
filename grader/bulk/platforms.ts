/**
 * How each learning platform names the files of its bulk download, checked against the platforms'
 * own code and documentation (docs/platforms.md has the steps and the sources):
 *
 * - Canvas, "Download Submissions": a flat folder, one file per uploaded file, named
 *   `<sortable name>_[LATE_]<user id>_<file id>_<original name>`, e.g.
 *   `studenttest_3143_207797_zipsubmission.zip` (instructure/canvas-lms issue #2406). Canvas renames a
 *   file uploaded again under the same name to `name-1.ts`, `name-2.ts` (students asking about it:
 *   nus-cs2103-AY2223S2/forum #361, IIC1253/IIC1253-2025-1 #34). Only the latest submission is in the
 *   download; within it, the latest upload of a name (the highest file id) counts.
 * - Moodle, "Download all submissions": each file prefixed with `<full name>_<participant id>_` and the
 *   plugin, `assignsubmission_file_` (mod/assign/locallib.php: `clean_filename($prefix . '_' .
 *   get_uniqueid_for_user($userid) . '_')`, underscores in the name turned into spaces); with "Download
 *   submissions in folders" (the default since Moodle 3.1) a folder per student and plugin,
 *   `<full name>_<participant id>_assignsubmission_file_/`, files not renamed (lang string
 *   downloadasfolders_help). Only the latest attempt is downloaded.
 * - Blackboard Learn, Grade Centre, "Assignment File Download": `<assignment>_<username>_attempt_
 *   <yyyy-mm-dd-hh-mm-ss>_<original name>` plus `<assignment>_<username>_attempt_<date>.txt` per
 *   attempt, which lists "Name: First Last (username)" and each file's original name (nbgrader's
 *   zip_collect documentation: `ps1_hacker_attempt_2016-01-30-20-30-10_problem1.ipynb`;
 *   vangef/BBGradebookOrganiser). Every attempt can be in the download: the latest counts.
 * - GitHub Classroom: `gh classroom clone student-repos` clones each student's repository, named
 *   `<assignment slug>-<GitHub username>`, into `<assignment slug>-submissions/`
 *   (github/gh-classroom, cmd/gh-classroom/clone/student-repos/student-repos.go).
 */
import { posix } from "node:path";

export type Platform = "canvas" | "moodle" | "blackboard" | "github-classroom" | "folder-or-zip";

export const platformNames: Record<Platform, string> = {
  canvas: 'Canvas "Download Submissions"',
  moodle: 'Moodle "Download all submissions"',
  blackboard: 'Blackboard "Assignment File Download"',
  "github-classroom": "GitHub Classroom repositories",
  "folder-or-zip": "a folder or .zip per student",
};

export interface CanvasFile {
  sortableName: string;
  late: boolean;
  userId: string;
  fileId: number;
  /** The name the student uploaded, without Canvas's "-1" for a repeated upload. */
  original: string;
  /** Canvas's repeat counter ("-1" -> 1), 0 when none. */
  repeat: number;
}

const CANVAS = /^(.+?)_(LATE_)?(\d+)_(\d+)_(.+)$/;

export function parseCanvasName(name: string): CanvasFile | undefined {
  const m = CANVAS.exec(name);
  if (!m) return undefined;
  const ext = posix.extname(m[5]);
  const stem = m[5].slice(0, m[5].length - ext.length);
  const counter = /^(.+)-(\d+)$/.exec(stem);
  return {
    sortableName: m[1],
    late: m[2] !== undefined,
    userId: m[3],
    fileId: Number(m[4]),
    original: counter ? `${counter[1]}${ext}` : m[5],
    repeat: counter ? Number(counter[2]) : 0,
  };
}

export interface MoodleName {
  fullName: string;
  participantId: string;
  /** The submission plugin: "file" or "onlinetext". */
  plugin: string;
  /** What follows the prefix: the file's name (flat download), or "" for the student's folder. */
  rest: string;
}

const MOODLE = /^(.+)_(\d+)_assignsubmission_([a-z]+)_(.*)$/s;

export function parseMoodleName(name: string): MoodleName | undefined {
  const m = MOODLE.exec(name);
  return m ? { fullName: m[1], participantId: m[2], plugin: m[3], rest: m[4] } : undefined;
}

export interface BlackboardName {
  assignment: string;
  username: string;
  /** yyyy-mm-dd-hh-mm-ss: sorts as text in time order. */
  attempt: string;
  /** The file's name after the prefix; undefined for the attempt's .txt. */
  file?: string;
}

const BLACKBOARD = /^(.+)_([^_]+)_attempt_(\d{4}-\d{2}-\d{2}-\d{2}-\d{2}-\d{2})(?:_(.+)|\.txt)$/s;

export function parseBlackboardName(name: string): BlackboardName | undefined {
  const m = BLACKBOARD.exec(name);
  return m ? { assignment: m[1], username: m[2], attempt: m[3], ...(m[4] !== undefined ? { file: m[4] } : {}) } : undefined;
}

/** From an attempt's .txt: the student's name and username, and each stored file name's original name. */
export function parseBlackboardReceipt(text: string): { name?: string; username?: string; originals: Map<string, string> } {
  const line = /^Name:\s*(.+?)\s*(?:\(([^)]*)\))?\s*$/m.exec(text);
  const [name, username] = [line?.[1], line?.[2]];
  const originals = new Map<string, string>();
  const pairs = /Original filename:\s*(.+?)\s*\r?\n\s*Filename:\s*(.+?)\s*$/gm;
  for (let m = pairs.exec(text); m; m = pairs.exec(text)) originals.set(m[2], m[1]);
  return { ...(name ? { name } : {}), ...(username ? { username } : {}), originals };
}

/**
 * The `<slug>-` prefix of GitHub Classroom repositories: from the folder gh made
 * (`<slug>-submissions`), else the longest common prefix of two or more repositories' names, up to a
 * hyphen. Undefined when there is none.
 */
export function classroomPrefix(classFolderName: string, repoNames: readonly string[]): string | undefined {
  const fromFolder = /^(.+)-submissions$/.exec(classFolderName)?.[1];
  if (fromFolder && repoNames.some((n) => n.startsWith(`${fromFolder}-`))) return `${fromFolder}-`;
  if (repoNames.length < 2) return undefined;
  let prefix = repoNames[0];
  for (const n of repoNames) while (!n.startsWith(prefix)) prefix = prefix.slice(0, -1);
  const cut = prefix.lastIndexOf("-");
  return cut > 0 ? prefix.slice(0, cut + 1) : undefined;
}
