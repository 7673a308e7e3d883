/** One thing wrong with the course, said so its author can act: the file, what is wrong, what to do. */
export interface Problem {
  file: string;
  problem: string;
  fix: string;
}

export interface CourseCheck {
  name: string;
  run(): Promise<Problem[]>;
}
