import type { Locator, Page } from '@playwright/test';

/** The complaints module as a person uses it: forms found by their Thai names. */
export class ComplaintsPage {
  constructor(private readonly page: Page) {}

  intakeForm(): Locator {
    return this.page.getByRole('form', { name: 'แบบบันทึกเรื่องร้องเรียน' });
  }

  stepForm(): Locator {
    return this.page.getByRole('form', { name: 'แบบบันทึกขั้นตอน' });
  }

  async choose(scope: Locator, combobox: string, option: string | RegExp): Promise<void> {
    await scope.getByRole('combobox', { name: combobox }).click();
    await this.page.getByRole('option', { name: option }).click();
  }

  /** บันทึกขั้นตอน ▾ → the step by name. */
  async startStep(step: string): Promise<Locator> {
    await this.page.getByRole('button', { name: 'เลือกขั้นตอน' }).click();
    await this.page.getByRole('menuitem', { name: step }).click();
    return this.stepForm();
  }
}
