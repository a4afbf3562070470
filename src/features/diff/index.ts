export { DiffView, type DiffViewProps } from './DiffView';
export {
  applyChanges,
  diffValues,
  formatPath,
  isSecretKey,
  maskChanges,
  SECRET_MARKER,
  type Change,
  type ChangeKind,
  type DiffOptions,
  type DiffResult,
  type MaskedChange,
  type Path,
} from './diff';
