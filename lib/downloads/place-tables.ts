/** The places and sources as download tables (lib/downloads/table.ts). */
import { placeKindSchema, sourceTypeSchema } from '../schemas';
import type { DateInfo, GeoData, PlaceFeature, SourceRecord } from '../types';
import { joinList, type Table } from './table';

const ID_DESCRIPTION = 'Permanent id: lower-case words joined by hyphens.';

interface PlaceRow {
  feature: PlaceFeature;
  layerId: string;
  data: GeoData;
}

/** The point a reader can use for a place: a point's own position, else the label point of its line or area. */
function representativePoint({ feature }: PlaceRow): readonly [number, number] | undefined {
  if (feature.geometry.type === 'Point') return feature.geometry.coordinates as [number, number];
  return feature.properties.label_point;
}

export const placesTable: Table<PlaceRow> = {
  name: 'places',
  title: 'Places',
  description:
    'Every place on the map, one row each, with its names and the provenance and precision of its geometry. The geometry itself is in the layers’ GeoJSON files (the feature with the same id).',
  title_uk: 'Місця',
  description_uk:
    'Кожне місце на мапі, по рядку на місце, з його назвами, походженням і точністю його геометрії. Сама геометрія — у файлах GeoJSON шарів (об’єкт із тим самим id).',
  rows: (data) => [...data.places.values()].map(({ feature, layerId }) => ({ feature, layerId, data })),
  primaryKey: 'id',
  columns: [
    { name: 'id', type: 'string', required: true, unique: true, description: ID_DESCRIPTION, value: (r) => r.feature.id },
    { name: 'layer', type: 'string', required: true, description: 'The layer (GeoJSON file) the place is in.', value: (r) => r.layerId },
    {
      name: 'kind',
      type: 'string',
      required: true,
      enum: placeKindSchema.options,
      description: 'What the place is.',
      value: (r) => r.feature.properties.kind,
    },
    {
      name: 'name',
      type: 'string',
      required: true,
      description: 'English name, as the reporting spells it.',
      value: (r) => r.feature.properties.name,
    },
    { name: 'name_uk', type: 'string', required: true, description: 'Ukrainian name.', value: (r) => r.feature.properties.name_uk },
    { name: 'name_ru', type: 'string', required: true, description: 'Russian name.', value: (r) => r.feature.properties.name_ru },
    {
      name: 'aliases',
      type: 'string',
      description: 'Other spellings and transliterations, separated by " | ".',
      value: (r) => joinList(r.feature.properties.aliases),
    },
    { name: 'geometry_type', type: 'string', required: true, description: 'The GeoJSON geometry type.', value: (r) => r.feature.geometry.type },
    {
      name: 'longitude',
      type: 'number',
      description: 'WGS 84 longitude of the place’s point, or of the label point of a line or area.',
      value: (r) => representativePoint(r)?.[0],
    },
    { name: 'latitude', type: 'number', description: 'WGS 84 latitude, likewise.', value: (r) => representativePoint(r)?.[1] },
    {
      name: 'precision',
      type: 'string',
      required: true,
      enum: ['exact', 'approximate'],
      description: 'Whether the geometry is exact or an estimate.',
      value: (r) => r.feature.properties.precision.type,
    },
    {
      name: 'precision_radius_m',
      type: 'integer',
      description: 'For an estimate: the radius in metres within which the real site is believed to lie.',
      value: (r) => (r.feature.properties.precision.type === 'approximate' ? r.feature.properties.precision.radius_m : null),
    },
    {
      name: 'precision_note',
      type: 'string',
      description: 'For an estimate: how it was made.',
      value: (r) => (r.feature.properties.precision.type === 'approximate' ? r.feature.properties.precision.note : null),
    },
    { name: 'part_of', type: 'string', description: 'The place this one lies in or beside, by id.', value: (r) => r.feature.properties.part_of },
    {
      name: 'geometry_method',
      type: 'string',
      required: true,
      description: 'How the geometry was made.',
      value: (r) => r.feature.properties.geometry_source.method,
    },
    {
      name: 'geometry_references',
      type: 'string',
      required: true,
      description: 'The references it was digitised from, separated by " | ".',
      value: (r) => joinList(r.feature.properties.geometry_source.references),
    },
    {
      name: 'geometry_credits',
      type: 'string',
      required: true,
      description: 'The credits its geometry requires, separated by " | ".',
      value: (r) => joinList(r.feature.properties.geometry_source.attribution.map((key) => r.data.manifest.attributions[key]?.text ?? key)),
    },
  ],
};

/** Four columns for a date as the reporting gives it (lib/schemas.ts dateInfoSchema). */
function dateColumns<Row>(prefix: string, what: string, date: (row: Row) => DateInfo | undefined): Table<Row>['columns'] {
  return [
    { name: `${prefix}_date`, type: 'date', description: `${what} (the most likely day where it is inferred).`, value: (r) => date(r)?.date },
    {
      name: `${prefix}_approximate`,
      type: 'boolean',
      description: 'Whether that date was inferred from clues rather than stated.',
      value: (r) => date(r)?.approximate,
    },
    {
      name: `${prefix}_earliest`,
      type: 'date',
      description: 'The earliest the inferred date can be, where bounded.',
      value: (r) => date(r)?.earliest,
    },
    { name: `${prefix}_latest`, type: 'date', description: 'The latest it can be, where bounded.', value: (r) => date(r)?.latest },
    { name: `${prefix}_basis`, type: 'string', description: 'How the date was inferred.', value: (r) => date(r)?.basis },
  ];
}

export const sourcesTable: Table<SourceRecord> = {
  name: 'sources',
  title: 'Sources',
  description:
    'The news articles quoted, with their citation metadata and what is known about their reliability. Their full texts are not published: they are their publishers’ and are kept only to verify the quotes.',
  title_uk: 'Джерела',
  description_uk:
    'Процитовані новинні статті з їхніми бібліографічними даними і тим, що відомо про їхню надійність. Їхні повні тексти не публікуються: вони належать видавцям і зберігаються лише для перевірки цитат.',
  rows: (data) => [...data.sources.values()],
  primaryKey: 'id',
  columns: [
    { name: 'id', type: 'string', required: true, unique: true, description: ID_DESCRIPTION, value: (s) => s.id },
    { name: 'outlet', type: 'string', required: true, description: 'Where the text was published.', value: (s) => s.outlet },
    { name: 'title', type: 'string', required: true, description: 'Its title.', value: (s) => s.title },
    { name: 'byline', type: 'string', description: 'Its byline; empty where the text carries none.', value: (s) => s.byline },
    { name: 'credits', type: 'string', description: 'Further credits the text gives.', value: (s) => s.credits },
    { name: 'dateline', type: 'string', description: 'Its dateline.', value: (s) => s.dateline },
    ...dateColumns<SourceRecord>('published', 'When it was published', (s) => s.published),
    {
      name: 'type',
      type: 'string',
      required: true,
      enum: sourceTypeSchema.options,
      description: 'First-hand report or a rewrite.',
      value: (s) => s.type,
    },
    {
      name: 'original_outlet',
      type: 'string',
      description: 'For a rewrite or re-post: the original’s outlet.',
      value: (s) => s.original?.outlet,
    },
    { name: 'original_title', type: 'string', description: 'The original’s title.', value: (s) => s.original?.title },
    { name: 'original_byline', type: 'string', description: 'The original’s byline.', value: (s) => s.original?.byline },
    {
      name: 'original_date',
      type: 'date',
      description: 'The original’s date, where known; possibly inferred, as the published date is.',
      value: (s) => s.original?.date?.date,
    },
    {
      name: 'url_original',
      type: 'string',
      description: 'The original article’s address; empty where it is not known (never guessed).',
      value: (s) => s.urls.original,
    },
    {
      name: 'url_copy',
      type: 'string',
      required: true,
      description: 'The copy the text was taken from, matching it word for word.',
      value: (s) => s.urls.copy,
    },
    {
      name: 'reliability',
      type: 'string',
      required: true,
      description: 'Notes on the source’s reliability, separated by " | ".',
      value: (s) => joinList(s.reliability),
    },
  ],
};
