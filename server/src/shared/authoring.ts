/**
 * The pure code the extension client shares with the server: creating a new post-mortem or
 * pre-mortem (file names, incident IDs, templates) and the default section names those
 * templates use. The client imports this module and `protocol.ts`, nothing else of the
 * server (the lint's import zones hold it so). No `vscode` and no `node:` import may reach it.
 */
export {
  BUILT_IN_TEMPLATES,
  calendarValues,
  checkFolder,
  declaredIncidentIds,
  fillBuiltInTemplate,
  fillTeamTemplate,
  formatFileName,
  nextIncidentId,
  parseIdFormat,
  safeRelativePath,
  slugify,
  withCounter,
  type FilledTemplate,
  type NewDocumentKind,
} from '../analysis/authoring/new-document';
export { DEFAULT_SECTIONS } from '../analysis/base/settings';
