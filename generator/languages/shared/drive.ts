/**
 * A drive below a user, group or site (`/me/drive/…`, `/users/{id}/drive/…`, `/groups/{id}/drive/…`,
 * `/sites/{id}/drive/…`, and the `/drive` singleton) for the path targets (PowerShell, the CLI):
 * the v2 PowerShell modules and `mgc` address what is below it through the drive itself,
 * `/drives/{drive-id}/…` (`Get-MgDriveItem -DriveId`, `mgc drives items …`), the rewrite the kiota
 * targets make (render/chain.ts). Language-free: the index where the drive's own steps restart and
 * the note the `render:path-rewritten` diagnostic carries.
 */
import type { PathStep } from '../../ir/typed.js';

export interface DriveRewrite {
  /** index of the first step below the drive */
  readonly below: number;
  /** the path as written up to the drive, `me/drive` */
  readonly written: string;
}

/** The last drive of the path with steps below it, or null. */
export function driveRewrite(path: readonly PathStep[]): DriveRewrite | null {
  let found: DriveRewrite | null = null;
  for (const [i, step] of path.entries()) {
    const isDrive = (step.kind === 'navigation' || step.kind === 'singleton') && step.name === 'drive';
    if (isDrive && i < path.length - 1) {
      found = { below: i + 1, written: path.slice(0, i + 1).map((s) => ('name' in s ? s.name : s.kind === 'key' ? `{${s.parameterName}}` : s.kind)).join('/') };
    }
  }
  return found;
}

/** The message of the `render:path-rewritten` info a path target gives for the rewrite (`why`: the target's own reason). */
export function driveRewriteNote(label: string, rewrite: DriveRewrite, why: string): string {
  return `${label}: ${why}: the snippet addresses /${rewrite.written} as /drives/{drive-id} (its id comes from GET /${rewrite.written})`;
}
