/**
 * Subprocesses of `snipgen verify`: every one has a timeout (killed with its process group), so an
 * unreachable registry or a stuck toolchain ends in one clear error, never a hang.
 */
import { spawn } from 'node:child_process';

export interface ProcessResult {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
  readonly timedOut: boolean;
  readonly ms: number;
}

export interface RunOptions {
  readonly cwd: string;
  readonly timeoutMs: number;
  readonly env?: Readonly<Record<string, string>>;
}

export function runProcess(command: string, args: readonly string[], options: RunOptions): Promise<ProcessResult> {
  const started = Date.now();
  return new Promise((resolve) => {
    let stdout = '';
    let stderr = '';
    let timedOut = false;
    const child = spawn(command, args, { cwd: options.cwd, env: { ...process.env, ...options.env }, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    const timer = setTimeout(() => {
      timedOut = true;
      try {
        process.kill(-child.pid!, 'SIGKILL');
      } catch {
        child.kill('SIGKILL');
      }
    }, options.timeoutMs);
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', (e) => {
      clearTimeout(timer);
      resolve({ code: null, stdout, stderr: stderr + String(e.message), timedOut, ms: Date.now() - started });
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr, timedOut, ms: Date.now() - started });
    });
  });
}

/** Thrown when a workspace cannot be prepared (registry unreachable, toolchain missing, timeout). */
export class VerifyUnavailable extends Error {
  override readonly name = 'VerifyUnavailable';
}

/** Runs a preparation step; a failure or timeout becomes one VerifyUnavailable naming the step. */
export async function step(what: string, command: string, args: readonly string[], options: RunOptions): Promise<ProcessResult> {
  const r = await runProcess(command, args, options);
  if (r.timedOut) throw new VerifyUnavailable(`${what}: timed out after ${Math.round(options.timeoutMs / 1000)} s (is the package registry reachable?)`);
  if (r.code !== 0) {
    const tail = (r.stderr || r.stdout).trim().split('\n').slice(-6).join('\n');
    throw new VerifyUnavailable(`${what}: '${command} ${args.join(' ')}' failed (exit ${r.code ?? 'none'})${tail ? `:\n${tail}` : ''}`);
  }
  return r;
}
