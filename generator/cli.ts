#!/usr/bin/env node
/**
 * The `snipgen` command line. The only place that prints or exits; the library does neither.
 */
import { Command, Option } from 'commander';
import { VFile } from 'vfile';
import { reporter } from 'vfile-reporter';
import { formatMessage, report, severityOf } from './diagnostics/report.js';
import { findPages } from './pages.js';
import { processPage, type PageResult } from './pipeline.js';
import { RunSummary } from './summary.js';

type FailOn = 'error' | 'warning' | 'never';
type Reporter = 'compact' | 'vfile';

interface CommonOptions {
  failOn: FailOn;
  reporter: Reporter;
  summary: boolean;
  quiet: boolean;
}

function printMessages(file: VFile, opts: CommonOptions): void {
  if (file.messages.length === 0) return;
  if (opts.reporter === 'vfile') {
    process.stderr.write(reporter([file], { quiet: true, silent: opts.quiet }) + '\n');
    return;
  }
  for (const m of file.messages) {
    if (opts.quiet && severityOf(m) !== 'error') continue;
    process.stderr.write(formatMessage(m) + '\n');
  }
}

function exitCode(summary: RunSummary, failOn: FailOn): number {
  if (failOn === 'error') return summary.errors > 0 ? 1 : 0;
  if (failOn === 'warning') return summary.errors + summary.warnings > 0 ? 1 : 0;
  return 0;
}

/** Runs `each` over every page of the inputs, one at a time (bounded memory), and reports. */
async function forEachPage(
  inputs: string[],
  opts: CommonOptions,
  each: (result: PageResult) => void,
): Promise<RunSummary> {
  const summary = new RunSummary();
  const { pages, missing } = await findPages(inputs);
  for (const m of missing) {
    const file = new VFile({ path: m });
    report(file, 'cli:input-not-found', `no such file or directory: ${m}`);
    summary.addPage(file, []);
    printMessages(file, opts);
  }
  for (const page of pages) {
    let result: PageResult;
    try {
      result = await processPage(page);
    } catch (error) {
      if ((error as Error).name === 'InternalError') throw error;
      const file = new VFile({ path: page });
      report(file, 'cli:page-unreadable', `cannot read page: ${(error as Error).message}`);
      summary.addPage(file, []);
      printMessages(file, opts);
      continue;
    }
    each(result);
    summary.addPage(result.file, result.requests);
    printMessages(result.file, opts);
  }
  return summary;
}

function commonOptions(cmd: Command): Command {
  return cmd
    .addOption(new Option('--fail-on <level>', 'exit 1 when a diagnostic of this level or worse is reported').choices(['error', 'warning', 'never']).default('never'))
    .addOption(new Option('--reporter <style>', 'diagnostics style on stderr').choices(['compact', 'vfile']).default('compact'))
    .option('--no-summary', 'do not print the summary table')
    .option('-q, --quiet', 'print errors only', false);
}

const program = new Command();
program
  .name('snipgen')
  .description('Typed Microsoft Graph SDK snippets from the HTTP request examples in API docs pages')
  .showHelpAfterError();

commonOptions(
  program
    .command('extract')
    .description('print every annotated request example of the pages as IR (diagnostics on stderr)')
    .argument('<inputs...>', 'markdown pages or folders (searched recursively for .md)')
    .option('--json', 'print the IR as JSON Lines, one request per line', false),
).action(async (inputs: string[], opts: CommonOptions & { json: boolean }) => {
  const summary = await forEachPage(inputs, opts, (result) => {
    for (const r of result.requests) {
      if (opts.json) process.stdout.write(JSON.stringify(r) + '\n');
      else process.stdout.write(`${r.file}:${r.place.line}:${r.place.column}\t${r.method} ${r.url.raw}\t${r.name}\n`);
    }
  });
  if (opts.summary) process.stderr.write('\n' + summary.format());
  process.exitCode = exitCode(summary, opts.failOn);
});

program.parseAsync(process.argv).catch((error: unknown) => {
  process.stderr.write(`snipgen: internal error: ${(error as Error).stack ?? String(error)}\n`);
  process.exitCode = 2;
});
