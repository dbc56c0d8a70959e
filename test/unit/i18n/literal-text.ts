// Finds the words a component would show without going through the browser's messages: text
// between tags, text attributes users read or hear (aria-label, title, placeholder, alt…), and
// string literals rendered as children. Anything with a letter in it counts ("30 s" too); a name
// that is the same in every language (SHA256) is rendered from a constant, not written in the markup.
import ts from 'typescript';

const READ_ATTRIBUTES = new Set(['aria-label', 'aria-description', 'aria-roledescription', 'aria-valuetext', 'title', 'placeholder', 'alt', 'label']);
const WORDS = /\p{L}/u;

export interface LiteralText {
  line: number;
  text: string;
}

function isWords(text: string): boolean {
  return WORDS.test(text);
}

function literalValue(node: ts.Node | undefined): string | undefined {
  if (!node) return undefined;
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  if (ts.isTemplateExpression(node)) return [node.head.text, ...node.templateSpans.map((span) => span.literal.text)].join(' ');
  return undefined;
}

export function literalTextIn(fileName: string, source: string): LiteralText[] {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const found: LiteralText[] = [];
  const report = (node: ts.Node, text: string) =>
    found.push({ line: file.getLineAndCharacterOfPosition(node.getStart()).line + 1, text: text.trim() });

  const visit = (node: ts.Node): void => {
    if (ts.isJsxText(node) && isWords(node.text)) report(node, node.text);
    if (ts.isJsxAttribute(node) && READ_ATTRIBUTES.has(node.name.getText(file))) {
      const initializer = node.initializer;
      const value = initializer && ts.isJsxExpression(initializer) ? literalValue(initializer.expression) : literalValue(initializer);
      if (value !== undefined && isWords(value)) report(node, value);
    }
    if (ts.isJsxExpression(node) && node.parent && (ts.isJsxElement(node.parent) || ts.isJsxFragment(node.parent))) {
      const value = literalValue(node.expression);
      if (value !== undefined && isWords(value)) report(node, value);
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}
