/**
 * The class folder as learning platforms export it: one entry per student, named by the student id,
 * either a folder or a .zip of one. Anything else (stray files, hidden entries) is not a submission.
 */
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { GraderError } from "../errors";
import { messages } from "../messages/messages";

export interface SubmissionEntry {
  id: string;
  kind: "folder" | "zip";
  /** Absolute path of the folder or the .zip. */
  path: string;
  /** The entry's name inside the class folder, e.g. "alice.zip": what results and reports name. */
  name: string;
  /** Set when the entry cannot be graded as it is (e.g. both alice/ and alice.zip exist). */
  problem?: string;
}

export interface Discovery {
  entries: SubmissionEntry[];
  /** Entries that are not submissions, with the reason, for the summary. */
  ignored: { name: string; why: string }[];
}

/** Ids become folder names and CSV cells: no control characters, no path tricks. */
function idProblem(id: string): string | undefined {
  if (id.length === 0) return "its name is empty once .zip is removed";
  if (id.length > 200) return "its name is longer than 200 characters";
  if (/[\u0000-\u001f\u007f]/.test(id)) return "its name holds control characters";
  return undefined;
}

export function discoverSubmissions(classDir: string): Discovery {
  let names;
  try {
    names = readdirSync(classDir, { withFileTypes: true });
  } catch (error) {
    throw new GraderError("usage", `cannot be read as the class folder: ${(error as Error).message}`, classDir);
  }
  const byId = new Map<string, SubmissionEntry[]>();
  const ignored: Discovery["ignored"] = [];
  for (const d of names) {
    // Hidden entries (.DS_Store, .git) are never students; this also rules out "..zip" becoming "." .
    if (d.name.startsWith(".")) continue;
    const kind = d.isDirectory() ? "folder" : d.isFile() && /\.zip$/i.test(d.name) ? "zip" : undefined;
    if (!kind) {
      ignored.push({ name: d.name, why: d.isSymbolicLink() ? "a symbolic link" : "neither a folder nor a .zip" });
      continue;
    }
    const id = kind === "zip" ? d.name.slice(0, -4) : d.name;
    const problem = idProblem(id);
    if (problem) {
      ignored.push({ name: d.name, why: problem });
      continue;
    }
    const list = byId.get(id) ?? [];
    list.push({ id, kind, path: join(classDir, d.name), name: d.name });
    byId.set(id, list);
  }
  const entries = [...byId.values()].map((list) => {
    if (list.length === 1) return list[0];
    const names = list.map((e) => e.name).sort().join(" and ");
    return { ...list.find((e) => e.kind === "folder")!, problem: messages.bulk.folderAndZip(names) };
  });
  entries.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { entries, ignored };
}
