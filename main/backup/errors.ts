import { ApiError } from '../../shared/errors';

/** What is wrong with a damaged backup, each said in the interface language (error.backup.*). */
export type Damage =
  | { kind: 'fileChanged' | 'fileMissing' | 'fileUnexpected' | 'fileUnreadable' | 'unsafeName'; file: string }
  | { kind: 'listMissing' | 'zipTruncated' | 'manifestDamaged' }
  | { kind: 'listDamaged'; line: number };

const english: Record<Damage['kind'], string> = {
  fileChanged: 'its checksum does not match',
  fileMissing: 'it is listed but missing',
  fileUnexpected: 'it is not in the checksum list',
  fileUnreadable: 'it cannot be read',
  unsafeName: 'its name points outside the backup',
  listMissing: 'the checksum list SHA256SUMS is missing',
  zipTruncated: 'the zip is cut short (its end is missing)',
  manifestDamaged: 'backup.json is missing or does not match the checksum list',
  listDamaged: 'the checksum list SHA256SUMS is damaged',
};

/** A backup that did not pass its check: names the backup and the first file found wrong. */
export function damagedBackup(backup: string, damage: Damage): ApiError {
  const where = 'file' in damage ? `${damage.file}: ` : 'line' in damage ? `line ${damage.line}: ` : '';
  return new ApiError('invalid-input', `error.backup.${damage.kind}`, `The backup ${backup} is damaged, nothing was restored: ${where}${english[damage.kind]}.`, {
    backup,
    ...('file' in damage ? { file: damage.file } : {}),
    ...('line' in damage ? { line: damage.line } : {}),
  });
}

export function backupError(key: string, message: string, params: Record<string, string | number>): ApiError {
  return new ApiError('invalid-input', `error.backup.${key}`, message, params);
}
