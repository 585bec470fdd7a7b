/** The topic taxonomy of contract section 3. Entries name exactly one; eval labels use these ids. */
export const TOPICS = [
  'disc-anatomy', 'bulge', 'herniation', 'protrusion', 'extrusion', 'protrusion-vs-extrusion',
  'sequestration', 'causes', 'symptoms', 'sciatica', 'natural-history', 'mri', 'mri-report',
  'conservative-care', 'physical-therapy', 'medication', 'epidural-injection', 'microdiscectomy',
  'spinal-fusion', 'artificial-disc-replacement', 'surgery-decision', 'recovery', 'self-care',
  'red-flags', 'clinic-hours', 'clinic-contact', 'clinic-appointment', 'clinic-insurance',
  'clinic-second-opinion',
] as const;

export type Topic = (typeof TOPICS)[number];
