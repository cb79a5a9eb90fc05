import type { DownloadEntry } from '@/lib/downloads/package';
import { formatBytes } from '@/lib/format-bytes';

const FORMAT_NAMES: Record<DownloadEntry['format'], string> = {
  json: 'JSON (Data Package descriptor)',
  zip: 'ZIP',
  geojson: 'GeoJSON',
  csv: 'CSV (UTF-8)',
};

interface DownloadTableProps {
  caption: string;
  /** The folder's URL, ending in `/`. */
  folder: string;
  files: DownloadEntry[];
}

/** One group of downloads: each file's link, format, size and what it holds. Plain HTML: works without JavaScript. */
export function DownloadTable({ caption, folder, files }: DownloadTableProps) {
  return (
    <table className="download-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">File</th>
          <th scope="col">Format</th>
          <th scope="col">Size</th>
          <th scope="col">What it holds</th>
        </tr>
      </thead>
      <tbody>
        {files.map((f) => (
          <tr key={f.name}>
            <th scope="row">
              <a href={`${folder}${f.name}`} download={f.name}>
                {f.name}
              </a>
            </th>
            <td>{FORMAT_NAMES[f.format]}</td>
            <td className="download-size">{formatBytes(f.bytes)}</td>
            <td>
              <strong>{f.title}</strong>: {f.description}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
