import { ReportQuote } from '@/components/reports/report-quote';
import { formatDateInfo } from '@/lib/format-date';
import { latestSituation, type MapData } from '@/lib/map-data';
import { STATUS_LABELS } from '@/lib/vocabulary';

interface PlaceListProps {
  data: MapData;
  selected?: string;
}

/**
 * The text twin of the map, rendered on the server: every place, its latest reported situation
 * and its reporting. Works without JavaScript (links set `?place=`); with JavaScript, choosing an
 * entry selects the place on the map (components/map/map-app.tsx intercepts the links).
 */
export function PlaceList({ data, selected }: PlaceListProps) {
  return (
    <nav className="place-list" aria-labelledby="place-list-heading">
      <h2 id="place-list-heading">Places and reporting</h2>
      {data.layers.map((layer) => (
        <section key={layer.id} aria-labelledby={`list-${layer.id}`}>
          <h3 id={`list-${layer.id}`}>{layer.title}</h3>
          <ul>
            {layer.collection.features.map((f) => {
              const place = data.places[f.id]!;
              const latest = latestSituation(place);
              const isSelected = selected === place.id;
              return (
                <li key={place.id} className="place-entry" data-selected={isSelected || undefined}>
                  <a href={`?place=${place.id}`} data-place-id={place.id} aria-current={isSelected ? 'true' : undefined} className="place-link">
                    <span className="place-name">{place.name}</span> <span className="place-name-uk" lang="uk">{place.name_uk}</span>
                  </a>
                  <p className="place-latest">
                    {latest ? (
                      <>
                        <span className={`status-dot status-${latest.assertion.status}`} aria-hidden="true" />
                        {STATUS_LABELS[latest.assertion.status]}, {formatDateInfo(latest.assertion.describes ?? latest.report.describes)}
                        {latest.assertion.basis === 'claimed' && <> (claimed by {latest.assertion.according_to})</>}
                      </>
                    ) : (
                      <>No situation reported · {place.reports.length} report{place.reports.length === 1 ? '' : 's'}</>
                    )}
                  </p>
                  {isSelected && (
                    <div className="place-entry-reports">
                      {place.reports.map((r) => (
                        <ReportQuote key={r.id} report={r} placeId={place.id} />
                      ))}
                    </div>
                  )}
                </li>
              );
            })}
          </ul>
        </section>
      ))}
    </nav>
  );
}
