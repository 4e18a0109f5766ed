/** Confirms discarding a draft, naming the person; focus starts on Cancel, the safe choice. */
import type { Appraisal } from '../../../../shared/appraisal/appraisal';
import { useDatabase } from '../../../app/databaseContext';
import { ConfirmActionDialog } from '../../../components/ConfirmActionDialog';
import { useNotify } from '../../../components/noticeContext';
import { discardDraft } from '../../../actions/discardDraft';

export function DiscardDraftDialog({ draft, onClose }: { draft: Appraisal; onClose: () => void }) {
  const db = useDatabase();
  const notify = useNotify();
  const name = draft.header.staffName;

  return (
    <ConfirmActionDialog
      title={`Discard the draft appraisal of ${name}?`}
      confirmLabel="Discard the draft"
      danger
      fallbackMessage="Something went wrong and nothing was discarded. Please try again."
      action={async () => {
        const { warning } = await discardDraft(db, draft.id);
        notify(`Discarded the draft appraisal of ${name}${warning === null ? '' : `. ${warning}`}`);
        onClose();
      }}
      onClose={onClose}
    >
      <p>
        Everything written in this draft will be deleted for good. This cannot be undone. {name} stays on the
        staff register, and you can start a new appraisal at any time.
      </p>
    </ConfirmActionDialog>
  );
}
