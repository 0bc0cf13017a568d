// Controlled vocabularies of Zenodo's legacy deposit format (zenodo/zenodo-rdm
// `site/zenodo_rdm/legacy/deserializers/schemas.py`).

const PUBLICATION_SUBTYPES = [
  'annotationcollection',
  'book',
  'section',
  'conferencepaper',
  'conferenceproceeding',
  'datamanagementplan',
  'journal',
  'article',
  'patent',
  'peerreview',
  'preprint',
  'deliverable',
  'milestone',
  'proposal',
  'report',
  'softwaredocumentation',
  'taxonomictreatment',
  'technicalnote',
  'workingpaper',
  'datapaper',
  'dissertation',
  'standard',
  'studyregistration',
  'other'
]
const IMAGE_SUBTYPES = ['figure', 'plot', 'drawing', 'diagram', 'photo', 'other']

/** upload_type → the subtypes allowed in `<upload_type>_type` (empty: no subtype). */
export const UPLOAD_TYPES: Record<string, string[]> = {
  publication: PUBLICATION_SUBTYPES,
  poster: [],
  presentation: [],
  event: [],
  dataset: [],
  image: IMAGE_SUBTYPES,
  model: [],
  video: [],
  audio: [],
  software: ['computationalnotebook'],
  lesson: [],
  other: [],
  physicalobject: [],
  workflow: [],
  project: [],
  instrument: []
}

export const ACCESS_RIGHTS = ['open', 'embargoed', 'restricted', 'closed']

/** Legacy relation names (Zenodo lower-cases them into its relation vocabulary). */
export const RELATIONS = [
  'isCitedBy',
  'cites',
  'isSupplementTo',
  'isSupplementedBy',
  'isContinuedBy',
  'continues',
  'isDescribedBy',
  'describes',
  'hasMetadata',
  'isMetadataFor',
  'hasVersion',
  'isVersionOf',
  'isNewVersionOf',
  'isPreviousVersionOf',
  'isPartOf',
  'hasPart',
  'isPublishedIn',
  'isReferencedBy',
  'references',
  'isDocumentedBy',
  'documents',
  'isCompiledBy',
  'compiles',
  'isVariantFormOf',
  'isOriginalFormOf',
  'isIdenticalTo',
  'isReviewedBy',
  'reviews',
  'isDerivedFrom',
  'isSourceOf',
  'isRequiredBy',
  'requires',
  'isObsoletedBy',
  'obsoletes',
  'isAlternateIdentifier'
]
const RELATION_IDS = new Set(RELATIONS.map((r) => r.toLowerCase()))

export function isKnownRelation(relation: string): boolean {
  // Zenodo patches this historical typo itself.
  return RELATION_IDS.has(relation.toLowerCase()) || relation === 'isOrignialFormOf'
}

/** Legacy metadata fields whose value is a plain string. */
export const STRING_FIELDS = new Set([
  'title',
  'description',
  'upload_type',
  'publication_date',
  'embargo_date',
  'access_conditions',
  'notes',
  'method',
  'version',
  'doi',
  'journal_title',
  'journal_volume',
  'journal_issue',
  'journal_pages',
  'conference_title',
  'conference_acronym',
  'conference_dates',
  'conference_place',
  'conference_url',
  'conference_session',
  'conference_session_part',
  'imprint_publisher',
  'imprint_isbn',
  'imprint_place',
  'partof_title',
  'partof_pages',
  'thesis_university'
])

/**
 * Fields Zenodo's legacy deserializer reads inside `metadata`; it silently drops others, so
 * a key outside this list is most likely a typo worth a warning. `<upload_type>_type`
 * subtype keys are handled separately.
 */
export const KNOWN_FIELDS = new Set([
  ...STRING_FIELDS,
  'creators',
  'contributors',
  'thesis_supervisors',
  'license',
  'keywords',
  'subjects',
  'related_identifiers',
  'references',
  'access_right',
  'communities',
  'grants',
  'language',
  'dates',
  'locations',
  'prereserve_doi',
  'custom'
])
