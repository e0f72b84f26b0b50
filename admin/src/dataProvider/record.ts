/**
 * 全过程记录 (004 第十五条): a case's hash-chained record, one page at a time; a new entry; the check of the chain;
 * and the files of its entries, which do not go through GraphQL: `POST /files` (the raw body, its media type and
 * its URI-encoded name, with the session's bearer token) answers the file's SHA-256, then `addRecordEntry` names
 * it; `GET /files/:sha256` with the token downloads it. Both routes need the token, so a plain link cannot open a
 * file: it is fetched into a blob and opened from an object URL.
 */
import { HttpError } from 'react-admin';
import { graphql } from '../gql';
import { getSession } from '../session';

graphql(`
  fragment RecordEntryFields on CaseRecordEntry {
    id
    seq
    stage
    kind
    description
    actorName
    officerId
    recordedAt
    fileName
    fileSha256
    fileSize
    mediaType
    fileUrl
    hash
    prevHash
  }
`);

export const CaseRecordQuery = graphql(`
  query CaseRecord($id: ID!, $offset: Int!, $limit: Int!) {
    case(id: $id) {
      id
      number
      stage
      record(offset: $offset, limit: $limit) {
        total
        items {
          ...RecordEntryFields
        }
      }
    }
  }
`);

export const AddRecordEntry = graphql(`
  mutation AddRecordEntry($caseId: ID!, $input: RecordEntryInput!) {
    addRecordEntry(caseId: $caseId, input: $input) {
      ...RecordEntryFields
    }
  }
`);

export const VerifyRecordQuery = graphql(`
  query VerifyRecord($caseId: ID!) {
    verifyRecord(caseId: $caseId) {
      ok
      entries
      firstBrokenSeq
      firstBrokenId
      reason
      headHash
      verifiedAt
    }
  }
`);

export const FILES_URL = '/files';

/** What `POST /files` answers: the file as stored, under its digest. */
export interface UploadedFile {
  sha256: string;
  size: number;
  mediaType: string;
  fileName: string;
}

interface FilesError {
  errors?: { message?: string; extensions?: { code?: string; field?: string } }[];
}

function filesError(status: number, body: unknown): HttpError {
  const first = (body as FilesError | null)?.errors?.[0];
  const message = first?.message ?? 'jiandu.error.http';
  const code = first?.extensions?.code;
  const field = first?.extensions?.field;
  return new HttpError(message, status, { code, errors: field ? { root: { serverError: message }, [field]: message } : undefined });
}

/**
 * Uploads one file (XMLHttpRequest, for its upload progress: fetch reports none), resolving with what the server
 * stored; `onProgress` receives the fraction sent, 0–1.
 */
export function uploadFile(file: File, onProgress?: (fraction: number) => void): Promise<UploadedFile> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', FILES_URL);
    const token = getSession()?.token;
    if (token) xhr.setRequestHeader('authorization', `Bearer ${token}`);
    xhr.setRequestHeader('content-type', file.type || 'application/octet-stream');
    xhr.setRequestHeader('x-file-name', encodeURIComponent(file.name));
    xhr.setRequestHeader('accept', 'application/json');
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable && onProgress) onProgress(e.total > 0 ? e.loaded / e.total : 1);
    };
    xhr.onerror = () => reject(new HttpError('jiandu.error.network', 0, {}));
    xhr.onload = () => {
      let body: unknown = null;
      try {
        body = JSON.parse(xhr.responseText);
      } catch {
        body = null;
      }
      if (xhr.status >= 200 && xhr.status < 300 && body && typeof (body as UploadedFile).sha256 === 'string') resolve(body as UploadedFile);
      else reject(filesError(xhr.status, body));
    };
    xhr.send(file);
  });
}

/** Downloads a file of the record with the session's token and opens it in a new tab (or saves it, by its name). */
export async function openRecordFile(fileUrl: string, fileName: string | null | undefined): Promise<void> {
  const token = getSession()?.token;
  let response: Response;
  try {
    response = await fetch(fileUrl, { headers: token ? { authorization: `Bearer ${token}` } : {} });
  } catch {
    throw new HttpError('jiandu.error.network', 0, {});
  }
  if (!response.ok) {
    let body: unknown = null;
    try {
      body = await response.json();
    } catch {
      body = null;
    }
    throw filesError(response.status, body);
  }
  const blob = await response.blob();
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.target = '_blank';
  a.rel = 'noopener';
  // A type the browser shows (image, audio, video, PDF) opens in a tab; anything else is saved under its name.
  if (!/^(image|audio|video)\/|^application\/pdf$|^text\/plain/.test(blob.type) && fileName) a.download = fileName;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
