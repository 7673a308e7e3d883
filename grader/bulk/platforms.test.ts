import { describe, expect, it } from "vitest";
import { classroomPrefix, parseBlackboardName, parseBlackboardReceipt, parseCanvasName, parseMoodleName } from "./platforms";

describe("the platforms' file names", () => {
  it("reads Canvas's <sortable name>_[LATE_]<user id>_<file id>_<name>, and its -1 for a repeated upload", () => {
    expect(parseCanvasName("studenttest_3143_207797_zipsubmission.zip")).toEqual({
      sortableName: "studenttest", late: false, userId: "3143", fileId: 207797, original: "zipsubmission.zip", repeat: 0,
    });
    expect(parseCanvasName("lovelaceada_LATE_42_9001_linear_forward-2.ts")).toMatchObject({ late: true, userId: "42", original: "linear_forward.ts", repeat: 2 });
    expect(parseCanvasName("alice.zip")).toBeUndefined();
  });

  it("reads Moodle's <full name>_<participant id>_assignsubmission_file_, flat or as a folder", () => {
    expect(parseMoodleName("Ada Lovelace_1234567_assignsubmission_file_week4.zip")).toEqual({ fullName: "Ada Lovelace", participantId: "1234567", plugin: "file", rest: "week4.zip" });
    expect(parseMoodleName("Ada Lovelace_1234567_assignsubmission_file_")).toMatchObject({ participantId: "1234567", rest: "" });
    expect(parseMoodleName("Ada Lovelace_1234567_assignsubmission_onlinetext_onlinetext.html")).toMatchObject({ plugin: "onlinetext" });
    expect(parseMoodleName("alice")).toBeUndefined();
  });

  it("reads Blackboard's <assignment>_<username>_attempt_<date>_<file> and the attempt's receipt", () => {
    expect(parseBlackboardName("Week 4_ada_attempt_2026-11-30-18-05-09_linear_forward.ts")).toEqual({
      assignment: "Week 4", username: "ada", attempt: "2026-11-30-18-05-09", file: "linear_forward.ts",
    });
    expect(parseBlackboardName("Week 4_ada_attempt_2026-11-30-18-05-09.txt")).toEqual({ assignment: "Week 4", username: "ada", attempt: "2026-11-30-18-05-09" });
    const receipt = parseBlackboardReceipt(
      "Name: Ada Lovelace (ada)\nAssignment: Week 4\nFiles:\n\tOriginal filename: linear forward.ts\n\tFilename: Week 4_ada_attempt_2026-11-30-18-05-09_linear forward.ts\n",
    );
    expect(receipt.name).toBe("Ada Lovelace");
    expect(receipt.username).toBe("ada");
    expect(receipt.originals.get("Week 4_ada_attempt_2026-11-30-18-05-09_linear forward.ts")).toBe("linear forward.ts");
  });

  it("finds GitHub Classroom's <slug>- prefix from gh's <slug>-submissions folder or from the repositories' names", () => {
    expect(classroomPrefix("dnn-week4-submissions", ["dnn-week4-ada", "dnn-week4-grace-h"])).toBe("dnn-week4-");
    expect(classroomPrefix("class", ["dnn-week4-ada", "dnn-week4-grace-h"])).toBe("dnn-week4-");
    expect(classroomPrefix("class", ["dnn-week4-ada"])).toBeUndefined();
  });
});
