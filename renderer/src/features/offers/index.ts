// Public entry of the offers feature: the only file other features may import (see docs/ARCHITECTURE.md).
export { OfferFormDrawer } from './OfferFormDrawer';
export { ImportOfferButton } from './ImportOfferButton';
export { OffersTable } from './OffersTable';
export { useCreatorProfile, useIdentity, useOffers, useSaveCreatorProfile } from './queries';
export { DeliverableSummary } from './DeliverableSummary';
export { deliverableLabel } from './OfferParts';
export { DeliverableDue, DeliverableStatusTag } from './DeliverableCells';
export { DeliverableLink } from './DeliverableLink';
