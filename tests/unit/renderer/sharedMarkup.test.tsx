/**
 * The shared pieces that replaced markup repeated across screens (#10) render exactly what the
 * screens wrote out before: the same elements, classes, labels and roles.
 */
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { MemoryRouter } from 'react-router';
import { AppraisalNotFound } from '../../../renderer/components/AppraisalNotFound';
import { CheckWithAnswer } from '../../../renderer/components/CheckWithAnswer';
import { OutcomeMessage } from '../../../renderer/components/OutcomeMessage';
import { FormActions } from '../../../renderer/components/FormActions';
import { SelectFilter } from '../../../renderer/components/SelectFilter';
import { TableHead } from '../../../renderer/components/TableHead';
import { WindowedTable } from '../../../renderer/components/WindowedTable';

const ignore = () => undefined;
const ignoreAsync = () => Promise.resolve();

describe('FormActions', () => {
  it('is the submit button and Cancel, the submit disabled while busy', () => {
    expect(
      renderToStaticMarkup(<FormActions submitLabel="Make a copy" busy={false} onCancel={ignore} />),
    ).toBe(
      '<div class="form__actions"><button type="submit" class="button">Make a copy</button>' +
        '<button type="button" class="button button--secondary">Cancel</button></div>',
    );
    expect(renderToStaticMarkup(<FormActions submitLabel="Make a copy" busy onCancel={ignore} />)).toContain(
      '<button type="submit" class="button" disabled="">Make a copy</button>',
    );
  });

  it('says its busy label while busy, and a danger button is red', () => {
    const destroy = (busy: boolean) =>
      renderToStaticMarkup(
        <FormActions
          submitLabel="Destroy these records"
          busy={busy}
          busyLabel="Destroying…"
          danger
          onCancel={ignore}
        />,
      );
    expect(destroy(false)).toContain(
      '<button type="submit" class="button button--danger">Destroy these records</button>',
    );
    expect(destroy(true)).toContain(
      '<button type="submit" class="button button--danger" disabled="">Destroying…</button>',
    );
  });
});

describe('CheckWithAnswer', () => {
  it('is the check button and the polite region holding the answer', () => {
    const html = renderToStaticMarkup(
      <CheckWithAnswer
        label="Check the audit log"
        checking={{ busy: false, error: null }}
        onCheck={ignoreAsync}
      >
        <p className="notice notice--success">Intact</p>
      </CheckWithAnswer>,
    );
    expect(html).toBe(
      '<p><button type="button" class="button button--secondary">Check the audit log</button></p>' +
        // The answer's region takes focus when the check ends (useRevealWhenDone).
        '<div aria-live="polite" tabindex="-1"><p class="notice notice--success">Intact</p></div>',
    );
  });

  it('says Checking… while it runs, and the failure as an alert', () => {
    const html = renderToStaticMarkup(
      <CheckWithAnswer
        label="Choose a pack to check…"
        checking={{ busy: true, error: { message: 'The pack could not be checked.', problems: [] } }}
        onCheck={ignoreAsync}
      >
        {null}
      </CheckWithAnswer>,
    );
    expect(html).toBe(
      '<p><button type="button" class="button button--secondary" disabled="">Checking…</button></p>' +
        '<div aria-live="polite" tabindex="-1"><p role="alert" class="notice notice--error">The pack could not be checked.</p></div>',
    );
  });
});

describe('SelectFilter', () => {
  it('is a labelled drop-down whose first, empty choice filters nothing out', () => {
    const html = renderToStaticMarkup(
      <SelectFilter
        id="staffRoleFilter"
        label="Role"
        value="Carer"
        anyLabel="All roles"
        options={['Carer', 'Nurse']}
        onChange={ignore}
      />,
    );
    expect(html).toBe(
      '<div class="filters__field"><label for="staffRoleFilter" class="field__label">Role</label>' +
        '<select id="staffRoleFilter" class="input"><option value="">All roles</option>' +
        '<option value="Carer" selected="">Carer</option><option value="Nurse">Nurse</option></select></div>',
    );
  });

  it('sits on one line in a panel header when inline', () => {
    const html = renderToStaticMarkup(
      <SelectFilter
        id="team-profile-team"
        label="Team"
        value=""
        anyLabel="Everyone"
        options={[]}
        onChange={ignore}
        inline
      />,
    );
    expect(html).toMatch(/^<div class="filters__field filters__field--inline">/);
  });
});

describe('TableHead', () => {
  it('is a row of column headings, with a last one for the actions that only screen readers read', () => {
    expect(renderToStaticMarkup(<TableHead columns={['Name', 'Left on']} actionsLabel="Actions" />)).toBe(
      '<thead><tr><th scope="col">Name</th><th scope="col">Left on</th>' +
        '<th scope="col"><span class="visually-hidden">Actions</span></th></tr></thead>',
    );
    expect(renderToStaticMarkup(<TableHead columns={['When', 'What']} />)).toBe(
      '<thead><tr><th scope="col">When</th><th scope="col">What</th></tr></thead>',
    );
  });
});

describe('WindowedTable', () => {
  // Inside the app's router, as every screen is: the table follows its rows' links.
  const table = (count: number) =>
    renderToStaticMarkup(
      <MemoryRouter>
        <WindowedTable
          rows={Array.from({ length: count }, (_, index) => `Person ${index}`)}
          rowHeight={52}
          className="data-table"
          rowKey={(name) => name}
          head={<TableHead columns={['Name']} />}
        >
          {(name) => <th scope="row">{name}</th>}
        </WindowedTable>
      </MemoryRouter>,
    );

  it('draws a short list whole, in a box that does not scroll by itself', () => {
    const html = table(3);
    expect(html).toMatch(/^<div class="table-scroll"><table class="data-table"><thead>/);
    expect(html).toContain(
      '<tbody><tr><th scope="row">Person 0</th></tr><tr><th scope="row">Person 1</th></tr>' +
        '<tr><th scope="row">Person 2</th></tr></tbody></table></div>',
    );
  });

  it('draws only the first rows of a long list, says how many there are, and a spacer row for the rest', () => {
    const html = table(500);
    // A screen reader hears "row 2 of 501" (the headings are row 1), not the count of rows drawn.
    expect(html).toMatch(
      /^<div class="table-scroll table-scroll--windowed"><table class="data-table" aria-rowcount="501"><thead>/,
    );
    expect(html).toContain('<tbody><tr data-index="0" aria-rowindex="2"><th scope="row">Person 0</th></tr>');
    expect(html).not.toContain('Person 499');
    // Rows not drawn are taken at 52 px until one is measured: 484 of them below (a 600 px view
    // holds 12, and 4 more are drawn beyond it).
    expect(html).toMatch(/<tr aria-hidden="true" style="height:25168px"><\/tr><\/tbody>/);
  });
});

describe('OutcomeMessage', () => {
  it('shows nothing before a press, the sentence as a status, and a failure as an alert', () => {
    expect(renderToStaticMarkup(<OutcomeMessage message={null} doneClassName="paper-copy__done" />)).toBe('');
    expect(
      renderToStaticMarkup(
        <OutcomeMessage
          message={{ kind: 'done', text: 'Sent to the printer.' }}
          doneClassName="paper-copy__done"
        />,
      ),
    ).toBe('<p role="status" class="paper-copy__done">Sent to the printer.</p>');
    expect(
      renderToStaticMarkup(
        <OutcomeMessage
          message={{ kind: 'error', text: 'The printer could not be reached.' }}
          doneClassName="paper-copy__done"
        />,
      ),
    ).toBe('<p role="alert" class="notice notice--error">The printer could not be reached.</p>');
  });
});

describe('AppraisalNotFound', () => {
  it('says the appraisal is not on this computer and links back to Appraisals', () => {
    const html = renderToStaticMarkup(
      <MemoryRouter>
        <AppraisalNotFound />
      </MemoryRouter>,
    );
    expect(html).toContain('Appraisal not found</h1>');
    expect(html).toContain(
      'This appraisal is not on this computer. <a href="/appraisals" data-discover="true">Back to Appraisals</a>',
    );
  });
});
