import { resolve } from 'node:path';
import license, { type Dependency } from 'rollup-plugin-license';
import type { Plugin } from 'vite';

/** The file names the About section loads (`.js`, on demand) and the browser build links (`.txt`). */
export const NOTICES_TEXT = 'third-party-notices.txt';
export const NOTICES_MODULE = 'third-party-notices.js';

/** Licence texts some packages ship only as an SPDX id: the notice says where to read it. */
function licenceText(dependency: Dependency): string {
  const text = dependency.licenseText?.trim();
  if (text) return text;
  return `No licence file is shipped with this package; see https://spdx.org/licenses/${dependency.license ?? 'UNKNOWN'}.html`;
}

/**
 * The third-party notice: each package the bundle really contains (name, version, SPDX licence,
 * home page, licence text and NOTICE text), sorted by name so two builds of the same tree give
 * the same file.
 */
export function formatNotices(
  app: { name: string; version: string },
  dependencies: readonly Dependency[],
): string {
  const sorted = [...dependencies]
    .filter((dependency) => dependency.name)
    .sort(
      (a, b) =>
        (a.name ?? '').localeCompare(b.name ?? '') ||
        (a.version ?? '').localeCompare(b.version ?? ''),
    );
  const header = [
    `${app.name} ${app.version}: third-party notices`,
    '',
    `${app.name} is licensed under the MIT licence. It includes the following open-source`,
    `packages (${sorted.length}), each under its own licence:`,
    '',
    ...sorted.map((each) => `  ${each.name} ${each.version ?? ''} (${each.license ?? 'UNKNOWN'})`),
  ];
  const sections = sorted.map((each) =>
    [
      '='.repeat(78),
      `${each.name} ${each.version ?? ''}`,
      `Licence: ${each.license ?? 'UNKNOWN'}`,
      ...(each.homepage ? [`Home page: ${each.homepage}`] : []),
      '',
      licenceText(each),
      ...(each.noticeText?.trim() ? ['', each.noticeText.trim()] : []),
    ].join('\n'),
  );
  return `${[header.join('\n'), ...sections].join('\n\n')}\n`;
}

/**
 * Writes the third-party notice of a renderer build into `outDir`, from the modules that end up
 * in its chunks (rollup-plugin-license, which works under Vite 8's rolldown: it reads
 * `chunk.modules` in renderChunk and writes the files once the bundle is generated). Two files:
 * the text, and the same text as an ES module, because the desktop page is a file:// page where
 * `fetch` cannot read files but a module script can be imported on demand.
 */
export function thirdPartyNotices(outDir: string, app: { name: string; version: string }): Plugin {
  const plugin = license({
    thirdParty: {
      includePrivate: false,
      output: [
        { file: resolve(outDir, NOTICES_TEXT), template: (deps) => formatNotices(app, deps) },
        {
          file: resolve(outDir, NOTICES_MODULE),
          template: (deps) => `export default ${JSON.stringify(formatNotices(app, deps))};\n`,
        },
      ],
    },
  });
  // Only a build has chunks to scan; the dev server shows "could not be loaded" instead.
  return { ...(plugin as unknown as Plugin), apply: 'build' };
}
