/**
 * Editor help for action items: completion of owners (after `@`, after `owner:` and in an
 * owner cell) and of due dates (after `due` and in a due cell), and a hover on each item
 * (answered through the hover feature, `features/hover.ts`).
 */
import { join } from 'node:path';
import { CompletionItemKind, MarkupKind, type CompletionItem } from 'vscode-languageserver';
import { codeownersNames, completionSlot, hoverMarkdown, itemAt } from '../analysis/model/action-items/editor';
import { dueChoices } from '../analysis/model/action-items/policy';
import { doneFix } from '../analysis/authoring/action-item-fixes';
import { readAsItemsFix } from '../analysis/authoring/reading-fixes';
import type { Feature, ServerContext } from './context';
import { factCompletion } from '../analysis/model/facts/completion';
import { itemKindLine } from '../analysis/model/facts/hover-text';
import type { HoverProvider } from './hover';
import { readTextOrNull, type WorkspaceFiles } from '../workspace/files';

const CODEOWNERS_PATHS = ['CODEOWNERS', '.github/CODEOWNERS', 'docs/CODEOWNERS', '.gitlab/CODEOWNERS'];

/** CODEOWNERS entries per workspace folder, read once (through the workspace's files); a folder without the file has none. */
const codeownersCache = new Map<string, Promise<string[]>>();

function codeowners(files: WorkspaceFiles, folder: string): Promise<string[]> {
  let names = codeownersCache.get(folder);
  if (!names) {
    names = (async () => {
      for (const path of CODEOWNERS_PATHS) {
        const text = await readTextOrNull(files, join(folder, path));
        if (text !== null) return codeownersNames(text);
      }
      return [];
    })();
    codeownersCache.set(folder, names);
  }
  return names;
}

async function ownerNames(context: ServerContext, uri: string): Promise<{ name: string; source: string }[]> {
  const out: { name: string; source: string }[] = [];
  const seen = new Set<string>();
  const add = (name: string, source: string) => {
    const key = name.toLowerCase();
    if (!name || seen.has(key)) return;
    seen.add(key);
    out.push({ name, source });
  };
  const settings = await context.settingsFor(uri);
  for (const name of settings.owners) add(name, 'postmortem.owners');
  for (const document of context.documents.all()) {
    const result = context.checkDocument(document, await context.settingsFor(document.uri));
    for (const item of result.doc?.model.actionItems ?? []) if (item.owner) add(item.owner, 'owner in an open post-mortem');
  }
  for (const folder of context.folders()) for (const name of await codeowners(context.files, folder)) add(name, 'CODEOWNERS');
  return out;
}

export const actionItemsFeature: Feature = {
  capabilities: () => ({ completionProvider: { triggerCharacters: ['@', ':', '|', ' '] } }),
  register(context) {
    const { connection, documents } = context;

    // "Mark as done / not done" on the item under the cursor: a versioned edit of the checkbox or status cell.
    context.addCodeActions((doc, start) => {
      const item = itemAt(doc, start);
      const fix = item && doneFix(doc, item, !item.done);
      return fix ? [fix] : [];
    });

    // "Read this list as action items" in a list or table of which nothing is read as an item: the author's correction.
    context.addCodeActions((doc, start) => {
      const fix = readAsItemsFix(doc, start);
      return fix ? [fix] : [];
    });

    connection.onCompletion(async ({ textDocument, position }) => {
      const document = documents.get(textDocument.uri);
      if (!document) return [];
      const settings = await context.settingsFor(document.uri);
      const doc = context.checkDocument(document, settings).doc;
      if (!doc || !doc.model.isPostmortem) return [];
      const offset = doc.lines.offsetAt(position);
      // Categories, triggers and services in front matter and in a "Contributing factors" list.
      const facts = factCompletion(doc, offset, settings);
      if (facts) {
        const range = { start: doc.lines.positionAt(facts.start), end: position };
        return facts.choices.map((c, i): CompletionItem => ({
          label: c.label,
          detail: c.detail,
          kind: CompletionItemKind.EnumMember,
          sortText: String(i).padStart(4, '0'),
          textEdit: { range, newText: c.insert },
        }));
      }
      const slot = completionSlot(doc, offset);
      if (!slot) return [];
      const range = { start: doc.lines.positionAt(slot.start), end: position };
      if (slot.kind === 'due') {
        return dueChoices(doc, settings.duePolicy, context.now()).map((choice, i): CompletionItem => ({
          label: choice.iso,
          detail: choice.label,
          kind: CompletionItemKind.Value,
          sortText: String(i).padStart(3, '0'),
          textEdit: { range, newText: choice.iso },
        }));
      }
      return (await ownerNames(context, document.uri)).map(({ name, source }, i): CompletionItem => {
        const text = slot.handle ? name.replace(/^@/, '') : name;
        return {
          label: name,
          detail: source,
          kind: CompletionItemKind.Reference,
          sortText: String(i).padStart(3, '0'),
          filterText: text,
          textEdit: { range, newText: text },
        };
      });
    });
  },
};

/** The hover on an action item: owner, due date, days left or overdue, ticket. */
export const actionItemHover: HoverProvider = ({ doc, findings, offset, context, settings }) => {
  const item = itemAt(doc, offset);
  if (!item) return null;
  const said = new Set(findings.filter((f) => f.start < item.end && f.end > item.start).map((f) => f.ruleId));
  const kind = itemKindLine(doc, settings, item);
  const text = hoverMarkdown(item, context.now(), said);
  return {
    contents: {
      kind: MarkupKind.Markdown,
      value: kind
        ? `${text}

${kind}`
        : text,
    },
    range: { start: doc.lines.positionAt(item.start), end: doc.lines.positionAt(item.end) },
  };
};
