import { ReportQuote } from '@/components/reports/report-quote';
import { StatusDot } from '@/components/reports/status-dot';
import { formatDateInfo, formatIsoDate } from '@/lib/format-date';
import { situationOn, type MapData } from '@/lib/map-data';
import { STATUS_LABELS } from '@/lib/vocabulary';

interface PlaceListProps {
  data: MapData;
  selected?: string;
  /** The chosen date (YYYY-MM-DD): each place's situation as reported on it. */
  date: string;
}

/**
 * The text twin of the map, rendered on the server: every place, its latest reported situation
 * and its reporting. Works without JavaScript (links set `?place=`); with JavaScript, choosing an
 * entry selects the place on the map (components/map/map-app.tsx intercepts the links).
 */
export function PlaceList({ data, selected, date }: PlaceListProps) {
  return (
    <nav className="place-list" aria-labelledby="place-list-heading">
      <h2 id="place-list-heading">Places and reporting</h2>
      <p className="place-list-date">
        Situation as reported on <time dateTime={date}>{formatIsoDate(date)}</time>
      </p>
      {data.layers.map((layer) => (
        <section key={layer.id} aria-labelledby={`list-${layer.id}`}>
          <h3 id={`list-${layer.id}`}>{layer.title}</h3>
          <ul>
            {layer.collection.features.map((f) => {
              const place = data.places[f.id]!;
              const latest = situationOn(place, date);
              const isSelected = selected === place.id;
              return (
                <li key={place.id} className="place-entry" data-selected={isSelected || undefined}>
                  <a href={`?place=${place.id}`} data-place-id={place.id} aria-current={isSelected ? 'true' : undefined} className="place-link">
                    <span className="place-name">{place.name}</span> <span className="place-name-uk" lang="uk">{place.name_uk}</span>
                  </a>
                  <p className="place-latest">
                    {latest ? (
                      <>
                        <StatusDot status={latest.status} />
                        {STATUS_LABELS[latest.status]}, {formatDateInfo(latest.describes)}
                        {latest.basis === 'claimed' && <> (claimed by {latest.according_to})</>}
                      </>
                    ) : (
                      <>No situation reported by this date · {place.reports.length} report{place.reports.length === 1 ? '' : 's'}</>
                    )}
                  </p>
                  {isSelected && (
                    <div className="place-entry-reports">
                      {place.reports.map((r) => (
                        <ReportQuote key={r.id} report={r} placeId={place.id} date={date} />
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
