/** Progress text: a bar redrawn in place on a terminal, plain lines every few seconds elsewhere. */
import { Progress } from '../../generator/progress.js';

function recorder(tty: boolean) {
  let now = 0;
  const out: string[] = [];
  const progress = new Progress({ tty, write: (t) => out.push(t), label: 'pages', clock: () => now, columns: 40, every: 5000 });
  return { out, progress, at: (ms: number) => (now = ms) };
}

describe('progress', () => {
  test('on a terminal: a bar at most every 100 ms, always at the end, cleared on request', () => {
    const { out, progress, at } = recorder(true);
    at(0);
    progress.update(1, 4);
    at(50);
    progress.update(2, 4);
    at(150);
    progress.update(3, 4);
    at(160);
    progress.update(4, 4);
    progress.clear();
    progress.clear();
    expect(out).toEqual([
      '\r[#####................] pages 1/4 0.0 s',
      '\r[################.....] pages 3/4 0.1 s',
      '\r[#####################] pages 4/4 0.2 s',
      '\r\x1b[K',
    ]);
  });

  test('elsewhere: a plain line every 5 s, none at the end (the summary follows)', () => {
    const { out, progress, at } = recorder(false);
    at(4000);
    progress.update(1, 10);
    at(5000);
    progress.update(2, 10);
    at(9000);
    progress.update(3, 10);
    at(10000);
    progress.update(7, 10);
    at(20000);
    progress.update(10, 10);
    progress.clear();
    expect(out).toEqual(['pages: 2/10 (20%) 5.0 s\n', 'pages: 7/10 (70%) 10.0 s\n']);
    expect(progress.elapsed()).toBe('20.0');
  });
});
