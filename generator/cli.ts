#!/usr/bin/env node
/**
 * The `snipgen` command line. The only place that prints or exits; the library does neither.
 */
import { createInterface } from 'node:readline';
import { Command, InvalidArgumentError, Option } from 'commander';
import { VFile } from 'vfile';
import { reporter } from 'vfile-reporter';
import { formatMessage, report, severityOf } from './diagnostics/report.js';
import { findPages } from './pages.js';
import { processPage, type PageResult } from './pipeline.js';
import { RunSummary, table } from './summary.js';
import { batchLine } from './commands/batch.js';
import { generate } from './commands/generate.js';
import { loadSchemas } from './commands/schemas.js';
import { isLanguageId, LANGUAGE_IDS, type LanguageId } from './languages/index.js';

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

function parseLanguages(value: string): LanguageId[] {
  const ids = value.split(',').map((s) => s.trim()).filter((s) => s !== '');
  for (const id of ids) {
    if (!isLanguageId(id)) throw new InvalidArgumentError(`unknown language '${id}' (known: ${LANGUAGE_IDS.join(', ')})`);
  }
  return ids as LanguageId[];
}

commonOptions(
  program
    .command('generate')
    .description('write one docs include file per request and language: <out>/<lang>/<name>-<lang>-snippets.md')
    .argument('[inputs...]', 'markdown pages or folders', ['specs'])
    .option('--out <dir>', 'output folder', 'output')
    .option('--lang <ids>', `languages, comma-separated (${LANGUAGE_IDS.join(',')})`, parseLanguages, [...LANGUAGE_IDS])
    .option('--schema <file>', 'a CSDL (.csdl/.xml) or saved schema (.json) for every request; default: the embedded v1.0/beta models')
    .option('--prune', 'remove include files in <out> that this run did not produce', false),
).action(async (inputs: string[], opts: CommonOptions & { out: string; lang: LanguageId[]; schema?: string; prune: boolean }) => {
  const schemas = await loadSchemas(opts.schema);
  if (schemas.file !== null) printMessages(schemas.file, opts);
  const summary = new RunSummary();
  const result = await generate({ inputs, out: opts.out, languages: opts.lang, schemaFor: schemas.schemaFor, prune: opts.prune }, (page) => {
    summary.addPage(page.file, page.requests);
    printMessages(page.file, opts);
  });
  for (const m of result.missing) {
    const file = new VFile({ path: m });
    report(file, 'cli:input-not-found', `no such file or directory: ${m}`);
    summary.addPage(file, []);
    printMessages(file, opts);
  }
  if (opts.summary) {
    const rows = [['language', 'snippets', 'not rendered']];
    for (const [language, counts] of result.perLanguage) rows.push([language, String(counts.rendered), String(counts.notRendered)]);
    process.stderr.write('\n' + summary.format() + '\n' + table(rows) + '\n');
    process.stderr.write(`\nfiles: ${result.writes.created} created, ${result.writes.updated} updated, ${result.writes.unchanged} unchanged, ${result.removed.length} removed\n`);
  }
  process.exitCode = exitCode(summary, opts.failOn);
});

program
  .command('batch')
  .description('JSON Lines in on stdin ({"id","http","apiVersion"}), JSON Lines out ({"id","language","code","diagnostics"})')
  .option('--lang <ids>', `languages, comma-separated (${LANGUAGE_IDS.join(',')})`, parseLanguages, [...LANGUAGE_IDS])
  .option('--schema <file>', 'a CSDL (.csdl/.xml) or saved schema (.json); default: the embedded v1.0/beta models')
  .action(async (opts: { lang: LanguageId[]; schema?: string }) => {
    const schemas = await loadSchemas(opts.schema);
    const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
    let lineNumber = 0;
    for await (const line of lines) {
      lineNumber += 1;
      for (const out of batchLine(line, lineNumber, opts.lang, schemas.schemaFor)) process.stdout.write(JSON.stringify(out) + '\n');
    }
  });

program.parseAsync(process.argv).catch((error: unknown) => {
  process.stderr.write(`snipgen: internal error: ${(error as Error).stack ?? String(error)}\n`);
  process.exitCode = 2;
});
