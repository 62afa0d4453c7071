import type { ExportOptions } from './export-options';

declare global {
  interface Window {
    /** Drives the export code without the dialog: the poster command, benchmarks and tests. */
    __taiguExport?: {
      plan(options: Partial<ExportOptions> & { link?: string }): Promise<import('./export-api').PlanReport>;
      save(
        options: Partial<ExportOptions> & { link?: string },
      ): Promise<{ name: string; width: number; height: number }>;
      render(
        options: Partial<ExportOptions> & { link?: string },
      ): Promise<{ width: number; height: number; bytes: number }>;
      check(
        options: Partial<ExportOptions> & { link?: string },
      ): Promise<import('./run-export').ExportReport>;
    };
  }
}

/** Installs the hook; the export code itself is only loaded when the hook is first used. */
export function installExportHook(): void {
  window.__taiguExport = {
    plan: async (options) => (await import('./export-api')).planFor(options),
    save: async (options) => (await import('./export-api')).exportAndSave(options),
    render: async (options) => (await import('./export-api')).renderOnly(options),
    check: async (options) => (await import('./export-api')).checkFor(options),
  };
}
