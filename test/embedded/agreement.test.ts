/**
 * The embedded v1.0 default against the shared Graph v1.0 CSDL (read in place): the agreement levels
 * reached, asserted so that a regression in a reader or a rule fails. Uses the cache (built on first run).
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { readCsdl } from '../../generator/schema/csdl.js';
import { compareModels } from '../../generator/schema/embedded/agreement.js';
import { cacheFile, loadEmbeddedSchema } from '../../generator/schema/embedded/index.js';
import { describeWithShared } from '../support/shared.js';

describeWithShared('embedded v1.0 agrees with the shared CSDL', ['schemas', 'graph-v1.0.csdl'], (csdlPath) => {
  test('shares of CSDL elements found alike', async () => {
    const reference = readCsdl(readFileSync(csdlPath, 'utf8'), 'graph-v1.0.csdl', { apiVersion: 'v1.0' });
    const a = compareModels(await loadEmbeddedSchema('v1.0'), reference);
    expect(a.structuredTypes.share).toBeGreaterThanOrEqual(0.97);
    expect(a.sameKind.share).toBeGreaterThanOrEqual(0.96);
    expect(a.propertiesSameType.share).toBeGreaterThanOrEqual(0.94);
    expect(a.navigationFound.share).toBeGreaterThanOrEqual(0.98);
    expect(a.navigationSameContainment.share).toBeGreaterThanOrEqual(0.78);
    expect(a.enumsSameMembers.share).toBeGreaterThanOrEqual(0.94);
    expect(a.enumsSameFlags.share).toBeGreaterThanOrEqual(0.94);
    expect(a.entitySets.share).toBeGreaterThanOrEqual(0.7);
    expect(a.singletons.share).toBeGreaterThanOrEqual(0.8);
    expect(a.boundOperations.share).toBeGreaterThanOrEqual(0.17);
  });
});

describe('embedded cache', () => {
  test('a corrupt cache entry is ignored and rebuilt; the rebuilt entry is the same model', async () => {
    const cacheDir = mkdtempSync(path.join(os.tmpdir(), 'snipgen-embedded-test-'));
    try {
      const file = cacheFile('v1.0', { cacheDir });
      writeFileSync(file, '{"apiVersion": "v1.0", "types": ');
      const rebuilt = await loadEmbeddedSchema('v1.0', { cacheDir });
      expect(rebuilt.apiVersion).toBe('v1.0');
      expect(rebuilt.container.elements.find((e) => e.name === 'users')).toEqual({
        keyParameter: 'user-id',
        kind: 'entitySet',
        name: 'users',
        type: 'microsoft.graph.user',
      });
      const again = readFileSync(file, 'utf8');
      const fromDefault = await loadEmbeddedSchema('v1.0');
      expect(JSON.parse(again)).toEqual(fromDefault);
    } finally {
      rmSync(cacheDir, { recursive: true, force: true });
    }
  });
});
