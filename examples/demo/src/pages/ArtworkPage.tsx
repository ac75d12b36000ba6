import { ApiErrorBoundary } from 'api-error-kit';
import { StorageUsage } from '../panels/StorageUsage';
import { UploadForm } from '../forms/UploadForm';

/** Artwork storage: how much is used, and a form to upload more. */
export function ArtworkPage() {
  return (
    <>
      <h1>Artwork</h1>
      <section aria-labelledby="storage-heading" className="panel">
        <h2 id="storage-heading">Storage</h2>
        <ApiErrorBoundary headingLevel={3} autoFocus={false}>
          <StorageUsage />
        </ApiErrorBoundary>
      </section>
      <section aria-labelledby="upload-heading">
        <h2 id="upload-heading">Upload artwork</h2>
        <UploadForm />
      </section>
    </>
  );
}
