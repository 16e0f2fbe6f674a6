export type ThemeChoice = 'system' | 'light' | 'dark';

/** Sets the theme on <html>; "system" follows prefers-color-scheme through CSS alone. */
export function applyTheme(
  choice: ThemeChoice,
  root: HTMLElement = document.documentElement,
): void {
  if (choice === 'system') delete root.dataset.theme;
  else root.dataset.theme = choice;
}
