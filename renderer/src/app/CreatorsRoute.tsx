import { CreatorsPage } from '../features/creators/CreatorsPage';
import { OfferFormDrawer } from '../features/offers';

/**
 * The creators page with the offer drawer it opens ("send an offer" on a creator's row). Composed here in
 * the shell because offers depends on creators; the creators feature never imports offers.
 */
export function CreatorsRoute() {
  return (
    <CreatorsPage
      renderOfferDrawer={({ workspaceId, creatorId, onClose, onSaved }) => (
        <OfferFormDrawer
          workspaceId={workspaceId}
          target={creatorId === null ? null : { mode: 'create', creatorId }}
          onClose={onClose}
          onSaved={(offer) => onSaved(offer.id)}
        />
      )}
    />
  );
}
