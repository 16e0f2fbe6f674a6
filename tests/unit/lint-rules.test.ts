import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

/**
 * The architecture rules the lint holds (README, "Rules the lint enforces"), tried on code that
 * breaks each one, so that a config change that drops a rule fails here instead of going unnoticed.
 * Each case lints text as if it were a real file of the tree; nothing is written to disk.
 */
const eslint = new ESLint({ cwd: process.cwd() });

async function ruleIdsFor(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((message) => message.ruleId ?? message.message);
}

// The first case builds eslint's module graph of the whole tree (import-x/no-cycle): seconds on
// a busy machine, more than Vitest's default 5 s.
describe('lint rules that keep the architecture', { timeout: 60_000 }, () => {
  it('fails on an import cycle in src-* (call-manager already imports call-start)', async () => {
    const ids = await ruleIdsFor(
      'src-renderer/sip/call-start.ts',
      "import { CallManager } from './call-manager';\nexport const manager = CallManager;\n",
    );
    expect(ids).toContain('import-x/no-cycle');
  });

  it('accepts the same import where it makes no cycle', async () => {
    const ids = await ruleIdsFor(
      'src-renderer/sip/scratch-lint-probe.ts',
      "import { CallManager } from './call-manager';\nexport const manager = CallManager;\n",
    );
    expect(ids).toEqual([]);
  });

  it.each(['vue', 'pinia', '@vue/reactivity'])(
    'keeps %s out of the engine (sip/)',
    async (name) => {
      const ids = await ruleIdsFor(
        'src-renderer/sip/scratch-lint-probe.ts',
        `import * as lib from '${name}';\nexport const probe = lib;\n`,
      );
      expect(ids).toContain('no-restricted-imports');
    },
  );

  it('still lets the stores import vue and pinia', async () => {
    const ids = await ruleIdsFor(
      'src-renderer/stores/scratch-lint-probe.ts',
      "import { ref } from 'vue';\nimport { defineStore } from 'pinia';\nexport const probe = [ref, defineStore];\n",
    );
    expect(ids).toEqual([]);
  });

  it('keeps electron out of main services and the shared dial rules', async () => {
    const code = "import { app } from 'electron';\nexport const probe = app;\n";
    expect(await ruleIdsFor('src-main/services/tray/scratch-lint-probe.ts', code)).toContain(
      'no-restricted-imports',
    );
    expect(await ruleIdsFor('src-preload/dial-rules/scratch-lint-probe.ts', code)).toContain(
      'no-restricted-imports',
    );
  });

  it('fails on a function over 60 lines in src-main/services', async () => {
    const body = Array.from({ length: 61 }, (_, i) => `  total += ${i};`).join('\n');
    const code = `export function long(): number {\n  let total = 0;\n${body}\n  return total;\n}\n`;
    const ids = await ruleIdsFor('src-main/services/tray/scratch-lint-probe.ts', code);
    expect(ids).toContain('max-lines-per-function');
  });
});
