import { useMutation, useQueryClient } from '@tanstack/react-query';
import { defaultFieldId, MutationError, useFieldErrors } from 'api-error-kit';
import { useState, type FormEvent } from 'react';
import { postJson } from '../api/client';
import { storageQuery } from '../api/queries';
import { TextField } from './TextField';

const MB = 1024 * 1024;

// The API names the size in bytes; the form asks for megabytes.
const fieldId = (field: string) => (field === 'size_bytes' ? 'size_mb' : defaultFieldId(field));

/** Uploads artwork: JSON `{ filename, size_bytes }` stands for the file, so any size can be tried. */
export function UploadForm() {
  const [values, setValues] = useState({ filename: 'poster.png', size_mb: '2' });
  const queryClient = useQueryClient();
  const upload = useMutation({
    mutationFn: (file: { filename: string; size_bytes: number }) => postJson<{ filename: string }>('/artwork/upload', file),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: storageQuery.queryKey }),
  });
  const errors = useFieldErrors(upload.error, fieldId);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    upload.mutate({ filename: values.filename, size_bytes: Math.round(Number(values.size_mb) * MB) });
  };

  return (
    <form noValidate onSubmit={submit} className="form">
      <MutationError mutation={upload} fieldId={fieldId} />
      {/* Always in the page, so its change is announced. */}
      <p role="status" className="form__status">
        {upload.isSuccess ? `Uploaded ${upload.data.filename}` : ''}
      </p>
      <TextField name="filename" label="File name" errors={errors} value={values.filename} onChange={(event) => setValues({ ...values, filename: event.target.value })} />
      <TextField
        name="size_mb"
        field="size_bytes"
        label="Size in MB"
        hint="Up to 5 MB a file"
        inputMode="decimal"
        errors={errors}
        value={values.size_mb}
        onChange={(event) => setValues({ ...values, size_mb: event.target.value })}
      />
      <button type="submit" className="aek-button" disabled={upload.isPending}>
        Upload artwork
      </button>
    </form>
  );
}
