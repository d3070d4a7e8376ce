// What other features may use from the customer view.
export { DocumentDownloadButton } from './DocumentDownloadButton.tsx';
export { ATTRIBUTE_INFO, KIND_INFO } from './value-attributes.ts';
