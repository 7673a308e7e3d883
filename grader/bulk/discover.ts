/**
 * The class folder as teachers download it, recognised by itself (platforms.ts has each platform's
 * naming): Canvas's and Blackboard's flat files, Moodle's files or folders, GitHub Classroom's
 * repositories, or a folder or .zip per student named by the student id. Each student becomes one
 * entry: the platform's id, the display name beside it, the late flag, and the files or folders that
 * make the latest attempt. Anything else (stray files, hidden entries) is listed as not a submission.
 */
import { existsSync } from "node:fs";
import { basename } from "node:path";
import { GraderError } from "../errors";
import { messages } from "../messages/messages";
import { childPath, readNamedEntries, type NamedEntry } from "./names";
import { blackboardStudents, canvasStudents } from "./attempts";
import { classroomPrefix, parseBlackboardName, parseCanvasName, parseMoodleName, type BlackboardName, type CanvasFile, type Platform } from "./platforms";

/** A file or folder of the class folder that is part of a student's submission. */
export interface SubmissionSource {
  /** The path to open, as bytes (names.ts). */
  path: Buffer;
  kind: "folder" | "file";
  /** The file's name as the student gave it (a platform's prefix removed); "" for a folder, whose files keep theirs. */
  as: string;
}

export interface SubmissionEntry {
  /** The platform's id for the student (Canvas user id, Moodle participant id, username), or the entry's name. */
  id: string;
  /** What results and reports name: the entry in the class folder (e.g. "alice.zip"), or its first file. */
  name: string;
  platform: Platform;
  /** The student's name as the platform shows it, when it gives one. */
  displayName?: string;
  late?: boolean;
  sources: SubmissionSource[];
  /** What the teacher and the student should know about how it was read (an older attempt ignored, a name read as Latin-1). */
  notes: string[];
  /** Set when the entry cannot be graded as it is (e.g. both alice/ and alice.zip exist). */
  problem?: string;
}

export interface Discovery {
  entries: SubmissionEntry[];
  /** Entries that are not submissions, with the reason, for the summary. */
  ignored: { name: string; why: string }[];
  /** How many students each platform's layout gave. */
  platforms: Partial<Record<Platform, number>>;
}

/** One student's folder given on its own (Gradescope's /autograder/submission), as an entry to stage. */
export function folderSubmission(id: string, dir: string): SubmissionEntry {
  return { id, name: basename(dir), platform: "folder-or-zip", sources: [{ path: Buffer.from(dir), kind: "folder", as: "" }], notes: [] };
}

/** Ids become folder names and CSV cells: no control characters, no path tricks. */
function idProblem(id: string): string | undefined {
  if (id.length === 0) return "its name is empty once .zip is removed";
  if (id.length > 200) return "its name is longer than 200 characters";
  if (/[\u0000-\u001f\u007f]/.test(id)) return "its name holds control characters";
  if (id === "." || id === ".." || id.includes("/")) return "its name is not a folder name";
  return undefined;
}

type Student = Omit<SubmissionEntry, "id">;

class Roll {
  readonly students = new Map<string, Student[]>();
  add(id: string, student: Student): void {
    const list = this.students.get(id) ?? [];
    list.push(student);
    this.students.set(id, list);
  }
}

/** A student's repository as gh clones it: a git checkout, or at least the course's exercises/ folder. */
function looksLikeRepository(entry: NamedEntry): boolean {
  return existsSync(childPath(entry.path, Buffer.from(".git"))) || existsSync(childPath(entry.path, Buffer.from("exercises")));
}

/** `folderName`: the class folder's name as the teacher sees it, when `classDir` is an unpacked copy. */
export function discoverSubmissions(classDir: string, folderName = basename(classDir)): Discovery {
  let all: NamedEntry[];
  try {
    all = readNamedEntries(classDir);
  } catch (error) {
    throw new GraderError("usage", `cannot be read as the class folder: ${(error as Error).message}`, classDir);
  }
  // Hidden entries (.DS_Store, .git) are never students; this also rules out "..zip" becoming "." .
  all = all.filter((e) => !e.name.startsWith(".")).sort((a, b) => Buffer.compare(a.dirent.name, b.dirent.name));
  const roll = new Roll();
  const ignored: Discovery["ignored"] = [];
  const canvas: { entry: NamedEntry; parsed: CanvasFile }[] = [];
  const blackboard: { entry: NamedEntry; parsed: BlackboardName }[] = [];
  const rest: NamedEntry[] = [];
  for (const e of all) {
    const isFile = e.dirent.isFile();
    if (e.dirent.isSymbolicLink()) {
      ignored.push({ name: e.name, why: "a symbolic link" });
      continue;
    }
    if (e.name === "__MACOSX") {
      ignored.push({ name: e.name, why: "what macOS adds to a zip it makes" });
      continue;
    }
    const moodle = parseMoodleName(e.name);
    const bb = isFile ? parseBlackboardName(e.name) : undefined;
    const cv = isFile && !bb ? parseCanvasName(e.name) : undefined;
    if (moodle && (isFile || e.dirent.isDirectory())) {
      roll.add(moodle.participantId, {
        name: e.name,
        platform: "moodle",
        displayName: moodle.fullName,
        sources: [{ path: e.path, kind: isFile ? "file" : "folder", as: isFile ? moodle.rest : "" }],
        notes: [],
      });
    } else if (bb) blackboard.push({ entry: e, parsed: bb });
    else if (cv) canvas.push({ entry: e, parsed: cv });
    else rest.push(e);
  }
  const add = (id: string, student: Student) => roll.add(id, student);
  canvasStudents(canvas, add);
  blackboardStudents(blackboard, add);

  const repos = rest.filter((e) => e.dirent.isDirectory() && looksLikeRepository(e));
  const prefix = classroomPrefix(folderName, repos.map((e) => e.name));
  // A name read as Latin-1 that meets a UTF-8 one (José twice, once from a Windows zip) stays apart.
  const utf8Names = new Set(rest.filter((e) => e.utf8).map((e) => e.name.replace(/\.zip$/i, "")));
  const ownId = (e: NamedEntry, id: string) => (!e.utf8 && utf8Names.has(id) ? `${id} (Latin-1)` : id);
  for (const e of rest) {
    const notes = e.utf8 ? [] : [messages.bulk.nameNotUtf8(e.name)];
    if (prefix && repos.includes(e) && e.name.length > prefix.length && e.name.startsWith(prefix)) {
      roll.add(e.name.slice(prefix.length), { name: e.name, platform: "github-classroom", sources: [{ path: e.path, kind: "folder", as: "" }], notes });
      continue;
    }
    const kind = e.dirent.isDirectory() ? "folder" : e.dirent.isFile() && /\.zip$/i.test(e.name) ? "file" : undefined;
    if (!kind) {
      ignored.push({ name: e.name, why: "neither a folder nor a .zip, nor a file a learning platform names" });
      continue;
    }
    roll.add(ownId(e, kind === "file" ? e.name.slice(0, -4) : e.name), { name: e.name, platform: "folder-or-zip", sources: [{ path: e.path, kind, as: "" }], notes });
  }
  return settle(roll, ignored);
}

/** One entry per id: a folder and a .zip of the same student, or two platforms' ids that meet, are a problem to fix. */
function settle(roll: Roll, ignored: Discovery["ignored"]): Discovery {
  const entries: SubmissionEntry[] = [];
  const platforms: Discovery["platforms"] = {};
  for (const [id, list] of roll.students) {
    const problem = idProblem(id);
    if (problem) {
      for (const s of list) ignored.push({ name: s.name, why: problem });
      continue;
    }
    const [first] = list;
    const entry: SubmissionEntry = { id, ...first, sources: list.flatMap((s) => s.sources), notes: list.flatMap((s) => s.notes) };
    if (list.length > 1 && (first.platform === "folder-or-zip" || list.some((s) => s.platform !== first.platform))) {
      entry.problem = messages.bulk.folderAndZip(list.map((s) => s.name).sort().join(" and "));
    }
    platforms[entry.platform] = (platforms[entry.platform] ?? 0) + 1;
    entries.push(entry);
  }
  entries.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { entries, ignored, platforms };
}
