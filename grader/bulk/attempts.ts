/**
 * The platforms whose download holds several files per student, grouped into one submission each,
 * the latest attempt only: Canvas (every upload of the latest submission, the last upload of each
 * name) and Blackboard (every attempt, each with its receipt). Naming rules and sources: platforms.ts.
 */
import { readFileSync } from "node:fs";
import { messages } from "../messages/messages";
import type { SubmissionEntry } from "./discover";
import { decodeName, type NamedEntry } from "./names";
import { parseBlackboardReceipt, type BlackboardName, type CanvasFile } from "./platforms";

/** Adds a student's submission under the platform's id. */
export type AddStudent = (id: string, submission: Omit<SubmissionEntry, "id">) => void;

export function canvasStudents(files: { entry: NamedEntry; parsed: CanvasFile }[], add: AddStudent): void {
  const byUser = new Map<string, typeof files>();
  for (const f of files) byUser.set(f.parsed.userId, [...(byUser.get(f.parsed.userId) ?? []), f]);
  for (const [userId, list] of byUser) {
    // The latest upload of each name: the highest file id (Canvas numbers files as they arrive).
    const latest = new Map<string, (typeof files)[number]>();
    for (const f of [...list].sort((a, b) => a.parsed.fileId - b.parsed.fileId)) latest.set(f.parsed.original, f);
    const kept = [...latest.values()];
    const notes = list.filter((f) => !kept.includes(f)).map((f) => messages.bulk.olderUploadIgnored(f.entry.name));
    add(userId, {
      name: kept[0].entry.name,
      platform: "canvas",
      displayName: kept[0].parsed.sortableName,
      late: list.some((f) => f.parsed.late),
      sources: kept.map((f) => ({ path: f.entry.path, kind: "file", as: f.parsed.original })),
      notes,
    });
  }
}

/**
 * Blackboard's names join the assignment and the username with "_", and either may hold one
 * ("Week_4_j_smith_attempt_..."): the receipt's "Name: Jo Smith (j_smith)" says which is which, for
 * every file of that attempt. Without a receipt, the username is taken to have no "_".
 */
function usernamesFromReceipts(files: { entry: NamedEntry; parsed: BlackboardName }[]): void {
  const heads = new Map<string, string>();
  const headOf = (name: string) => name.slice(0, name.lastIndexOf("_attempt_"));
  for (const f of files.filter((f) => f.parsed.file === undefined)) {
    const username = parseBlackboardReceipt(decodeName(readFileSync(f.entry.path)).text).username;
    if (username && headOf(f.entry.name).endsWith(`_${username}`)) heads.set(`${headOf(f.entry.name)}\0${f.parsed.attempt}`, username);
  }
  for (const f of files) {
    const head = headOf(f.entry.name);
    const username = heads.get(`${head}\0${f.parsed.attempt}`);
    if (username) f.parsed = { ...f.parsed, username, assignment: head.slice(0, -(username.length + 1)) };
  }
}

export function blackboardStudents(files: { entry: NamedEntry; parsed: BlackboardName }[], add: AddStudent): void {
  usernamesFromReceipts(files);
  const byUser = new Map<string, typeof files>();
  for (const f of files) byUser.set(f.parsed.username, [...(byUser.get(f.parsed.username) ?? []), f]);
  for (const [username, list] of byUser) {
    const attempts = [...new Set(list.map((f) => f.parsed.attempt))].sort();
    const latest = attempts[attempts.length - 1];
    const ofLatest = list.filter((f) => f.parsed.attempt === latest);
    const receiptFile = ofLatest.find((f) => f.parsed.file === undefined);
    const receipt = receiptFile ? parseBlackboardReceipt(decodeName(readFileSync(receiptFile.entry.path)).text) : { originals: new Map<string, string>() };
    const files = ofLatest.filter((f) => f.parsed.file !== undefined);
    add(username, {
      name: (files[0] ?? ofLatest[0]).entry.name,
      platform: "blackboard",
      displayName: receipt.name,
      sources: files.map((f) => ({ path: f.entry.path, kind: "file", as: receipt.originals.get(f.entry.name) ?? f.parsed.file! })),
      notes: attempts.length > 1 ? [messages.bulk.latestAttempt(latest, attempts.length - 1)] : [],
    });
  }
}
