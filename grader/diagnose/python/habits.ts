/**
 * Python habits in a student's TypeScript, found on the source (esbuild accepts them all: types are
 * not checked when grading). Each is a pure function of the file's syntax tree; what each costs at
 * run time (NaN, a string, a ReferenceError, a comma expression's last value) is why it is named
 * only for a function that failed. Habits that need the run's error to be sure (Python's scoping)
 * are in runtime.ts.
 */
import type * as TS from "typescript";
import { messages } from "../../messages/messages";
import { forms, isArrayLike, pythonBuiltins } from "./forms";

export interface Habit {
  /** "python/<habit>", as a diagnosis names it. */
  id: string;
  name: string;
  explanation: string;
  hint: string;
  /** 1-based line of the student's file. */
  line: number;
}

let tsModule: Promise<typeof TS> | undefined;

/** TypeScript's parser, loaded on the first failing case that needs it (~0.3 s; most gradings never do). */
export function loadTypeScript(): Promise<typeof TS> {
  tsModule ??= import("typescript").then((m) => (m as unknown as { default?: typeof TS }).default ?? (m as unknown as typeof TS));
  return tsModule;
}

/**
 * Whether `source` may hold a habit the syntax tree would show: a cheap look at the text, so that
 * a failing case of code without any (most wrong answers) never pays for loading TypeScript's
 * parser. Errs on the side of parsing; the `//` habit is found on the text alone.
 */
const MAYBE_HABIT = new RegExp(
  [
    String.raw`[(,]\s*[A-Za-z_]\w*\s*=[^=>]`, // keyword arguments
    String.raw`\(\s*\(`, // a tuple as an argument
    String.raw`\breturn\b[^;\n\[]*,`, // return a, b
    String.raw`^\s*\w+\s*,\s*\w+\s*=[^=]`, // a, b = ...
    String.raw`(?<![.\w$])(len|range|print|str|int|float|abs|max|min|sum|dict|list|zip|enumerate|isinstance|reversed|round)\s*\(`,
    String.raw`\b(True|False|None)\b`,
    String.raw`(?<!\b(np|Object|Math|random))\.(append|extend|insert|items|keys|values|get|sum|mean|max|min|dot|transpose|flatten|ravel|squeeze|astype)\s*\(`,
    String.raw`(\)|\.T|\b(d?(A|Z|W|b)(_prev|L|\d)?|X|Y|AL|dAL|cost|logprobs)\b)[ \t]*(\*\*?|[-+/%])(?![ \t]*=)`,
    String.raw`(\*\*?|[-+/%]=?)[ \t]*(np\.|\b(d?(A|Z|W|b)(_prev|L|\d)?|X|Y|AL|dAL)\b)`,
    String.raw`(^|[=(,:?]|return)\s*-\s*(np\.|[A-Za-z_])`, // unary minus
    String.raw`\b(parameters|params|grads)\[[^\]\n]*\][ \t]*(\*\*?|[-+/%])|(\*\*?|[-+/%])[ \t]*(parameters|params|grads)\[`,
    String.raw`random\.randn?\(\s*\[`, // a shape list to randn
    String.raw`\.shape\s*[!=]=`,
    String.raw`\[\s*-\s*\d`,
    String.raw`\bfor\s*\(\s*(const|let|var)?\s*\w+\s+in\b`,
  ].join("|"),
  "m",
);

export const mayHaveHabits = (source: string): boolean => MAYBE_HABIT.test(source.replace(/\/\*[\s\S]*?\*\//g, "").replace(/\/\/.*$/gm, ""));

type Found = Omit<Habit, "line"> & { node: TS.Node };

const habit = (id: string, entry: { name: string }, explanation: string, hint: string, node: TS.Node): Found => ({ id: `python/${id}`, name: entry.name, explanation, hint, node });

/** Names the file declares (a student may well write their own `range` or `len`). */
function declaredNames(ts: typeof TS, file: TS.SourceFile): Set<string> {
  const names = new Set<string>();
  const visit = (node: TS.Node): void => {
    if ((ts.isVariableDeclaration(node) || ts.isFunctionDeclaration(node) || ts.isParameter(node) || ts.isBindingElement(node) || ts.isImportSpecifier(node) || ts.isNamespaceImport(node)) && node.name && ts.isIdentifier(node.name)) {
      names.add(node.name.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return names;
}

const ARITHMETIC: Record<number, string> = {};

export function findHabits(ts: typeof TS, source: string, fileName = "submission.ts"): Habit[] {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.ES2022, true, ts.ScriptKind.TS);
  const text = (n: TS.Node) => n.getText(file);
  const declared = declaredNames(ts, file);
  const S = ts.SyntaxKind;
  if (Object.keys(ARITHMETIC).length === 0) {
    Object.assign(ARITHMETIC, { [S.AsteriskToken]: "*", [S.SlashToken]: "/", [S.PlusToken]: "+", [S.MinusToken]: "-", [S.AsteriskAsteriskToken]: "**", [S.AsteriskEqualsToken]: "*=", [S.PlusEqualsToken]: "+=", [S.MinusEqualsToken]: "-=", [S.SlashEqualsToken]: "/=" });
  }
  // An operation on arrays (or on their products) is an array too: `learning_rate * dW` inside `W - ...`.
  const arrays = (n: TS.Expression): boolean =>
    isArrayLike(ts, n, file) ||
    (ts.isParenthesizedExpression(n) && arrays(n.expression)) ||
    (ts.isBinaryExpression(n) && ARITHMETIC[n.operatorToken.kind] !== undefined && (arrays(n.left) || arrays(n.right)));
  /** An operand in #np's functions: nested operators on arrays rewritten too. */
  const asNp = (n: TS.Expression): string => {
    if (ts.isParenthesizedExpression(n)) return asNp(n.expression);
    if (ts.isBinaryExpression(n) && ARITHMETIC[n.operatorToken.kind] && (arrays(n.left) || arrays(n.right))) {
      return forms.npCall(ARITHMETIC[n.operatorToken.kind], asNp(n.left), asNp(n.right));
    }
    return text(n);
  };
  const found: Found[] = [];
  const P = messages.python;

  const visit = (node: TS.Node): void => {
    if (ts.isCallExpression(node)) {
      const callee = text(node.expression);
      const keywords = node.arguments.filter((a): a is TS.BinaryExpression => ts.isBinaryExpression(a) && a.operatorToken.kind === S.EqualsToken && ts.isIdentifier(a.left));
      if (keywords.length > 0) found.push(habit("keyword-argument", P.keywordArgument, P.keywordArgument.explanation(text(node), keywords.map((k) => text(k.left)).join(", ")), P.keywordArgument.hint(forms.keywordCall(callee, node.arguments.map(text))), node));
      const tuple = node.arguments.find((a) => ts.isParenthesizedExpression(a) && ts.isBinaryExpression(a.expression) && a.expression.operatorToken.kind === S.CommaToken);
      if (tuple) found.push(habit("tuple-argument", P.tupleArgument, P.tupleArgument.explanation(text(tuple)), P.tupleArgument.hint(forms.tupleCall(callee, text(tuple))), node));
      const list = node.arguments[0];
      if (/^np\.random\.randn?$/.test(callee) && node.arguments.length === 1 && ts.isArrayLiteralExpression(list)) {
        const dims = list.elements.map(text).join(", ");
        found.push(habit("shape-list-to-randn", P.shapeList, P.shapeList.explanation(text(node)), P.shapeList.hint(`${callee}(${dims})`), node));
      }
      if (ts.isIdentifier(node.expression) && pythonBuiltins[node.expression.text] && !declared.has(node.expression.text)) {
        const name = node.expression.text;
        found.push(habit(`builtin-${name}`, P.builtin, P.builtin.explanation(name), P.builtin.hint(pythonBuiltins[name](node.arguments.map(text))), node));
      }
      if (ts.isPropertyAccessExpression(node.expression) && !/^(np|Math|Object|console|JSON|Number|Array)\b/.test(text(node.expression.expression))) {
        const method = node.expression.name.text;
        const receiver = text(node.expression.expression);
        const listForm = forms.listMethod(method, receiver, node.arguments.map(text));
        const arrayForm = forms.arrayMethod(method, receiver, node.arguments.map(text));
        if (listForm) found.push(habit("list-method", P.listMethod, P.listMethod.explanation(text(node), method), P.listMethod.hint(listForm), node));
        else if (arrayForm) found.push(habit("array-method", P.arrayMethod, P.arrayMethod.explanation(text(node), method), P.arrayMethod.hint(arrayForm), node));
      }
    } else if (ts.isIdentifier(node) && (node.text === "True" || node.text === "False" || node.text === "None") && !declared.has(node.text) && !ts.isPropertyAccessExpression(node.parent)) {
      found.push(habit("constant", P.constant, P.constant.explanation(node.text), P.constant.hint(forms.constant(node.text)), node));
    } else if (ts.isReturnStatement(node) && node.expression && ts.isBinaryExpression(node.expression) && node.expression.operatorToken.kind === S.CommaToken) {
      found.push(habit("tuple-return", P.tupleReturn, P.tupleReturn.explanation(text(node)), P.tupleReturn.hint(`return [${commaItems(ts, node.expression).map(text).join(", ")}]`), node));
    } else if (ts.isExpressionStatement(node) && ts.isBinaryExpression(node.expression) && node.expression.operatorToken.kind === S.CommaToken) {
      const items = commaItems(ts, node.expression);
      const last = items[items.length - 1];
      if (ts.isBinaryExpression(last) && last.operatorToken.kind === S.EqualsToken) {
        const names = [...items.slice(0, -1).map(text), text(last.left)];
        found.push(habit("tuple-unpack", P.tupleUnpack, P.tupleUnpack.explanation(text(node.expression)), P.tupleUnpack.hint(`[${names.join(", ")}] = ${text(last.right)}`), node));
      }
    } else if (ts.isBinaryExpression(node) && ARITHMETIC[node.operatorToken.kind] && (arrays(node.left) || arrays(node.right))) {
      const op = ARITHMETIC[node.operatorToken.kind];
      found.push(habit("array-operator", P.arrayOperator, P.arrayOperator.explanation(text(node), op), P.arrayOperator.hint(forms.arrayOperation(op, asNp(node.left), asNp(node.right))), node));
      return; // one finding per expression: its operands are named inside the form
    } else if (ts.isPrefixUnaryExpression(node) && node.operator === S.MinusToken && arrays(node.operand)) {
      found.push(habit("array-operator", P.arrayOperator, P.arrayOperator.explanation(text(node), "unary -"), P.arrayOperator.hint(`np.negative(${text(node.operand)})`), node));
    } else if (ts.isBinaryExpression(node) && [S.EqualsEqualsToken, S.EqualsEqualsEqualsToken, S.ExclamationEqualsToken, S.ExclamationEqualsEqualsToken].includes(node.operatorToken.kind)) {
      const [shapeSide, other] = /\.shape$/.test(text(node.left)) ? [node.left, node.right] : [node.right, node.left];
      if (/\.shape$/.test(text(shapeSide)) && (ts.isArrayLiteralExpression(other) || ts.isParenthesizedExpression(other) || /\.shape$/.test(text(other)))) {
        found.push(habit("shape-compare", P.shapeCompare, P.shapeCompare.explanation(text(node)), P.shapeCompare.hint(forms.shapeCompare(text(shapeSide), text(other))), node));
      }
    } else if (ts.isElementAccessExpression(node) && ts.isPrefixUnaryExpression(node.argumentExpression) && node.argumentExpression.operator === S.MinusToken && ts.isNumericLiteral(node.argumentExpression.operand)) {
      const target = text(node.expression);
      found.push(habit("negative-index", P.negativeIndex, P.negativeIndex.explanation(text(node)), P.negativeIndex.hint(`${target}[${target}.length - ${node.argumentExpression.operand.text}] or ${target}.at(-${node.argumentExpression.operand.text})`), node));
    } else if (ts.isForInStatement(node) && !/^(parameters|grads|params|cache)/.test(text(node.expression))) {
      const v = ts.isVariableDeclarationList(node.initializer) ? text(node.initializer.declarations[0].name) : text(node.initializer);
      const loop = `for (${text(node.initializer)} in ${text(node.expression)})`;
      found.push(habit("for-in", P.forIn, P.forIn.explanation(loop), P.forIn.hint(forms.forIn(v, text(node.expression))), node));
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  const habits = found.map(({ node, ...h }) => ({ ...h, line: file.getLineAndCharacterOfPosition(node.getStart(file)).line + 1 }));
  return [...habits, ...floorDivisions(source)];
}

function commaItems(ts: typeof TS, e: TS.Expression): TS.Expression[] {
  return ts.isBinaryExpression(e) && e.operatorToken.kind === ts.SyntaxKind.CommaToken ? [...commaItems(ts, e.left), e.right] : [e];
}

/**
 * `x // 2` is a comment in TypeScript. Found on the text (comments are not in the tree): code, then
 * `//` and a short operand (a number or a name) alone, which no one writes as a comment.
 */
export function floorDivisions(source: string): Habit[] {
  const P = messages.python.floorDivision;
  return source.split(/\r?\n/).flatMap((line, i) => {
    const m = /^(.*[\w\])])\s*\/\/\s*([\w.]+(?:\([\w.]*\))?)\s*;?\s*$/.exec(line);
    if (!m || /^\s*\/\//.test(line) || /["'`]/.test(m[1].slice(m[1].lastIndexOf("=") + 1))) return [];
    const statement = m[1].trim();
    const eq = statement.search(/[^=!<>]=[^=]/);
    const left = eq >= 0 ? `${statement.slice(0, eq + 2).trim()} ` : "";
    const right = (eq >= 0 ? statement.slice(eq + 2) : statement).trim();
    return [{ id: "python/floor-division", name: P.name, explanation: P.explanation(line.trim()), hint: P.hint(`${left}Math.floor(${right} / ${m[2]});`), line: i + 1 }];
  });
}
