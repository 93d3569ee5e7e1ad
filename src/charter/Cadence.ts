export type Cadence = 'once' | 'weekly' | 'monthly' | 'quarterly' | 'semester' | 'annually';

export const CADENCES: readonly Cadence[] = ['once', 'weekly', 'monthly', 'quarterly', 'semester', 'annually'];

export const CADENCE_LABELS: Record<Cadence, string> = {
  once: 'Once',
  weekly: 'Weekly',
  monthly: 'Monthly',
  quarterly: 'Quarterly',
  semester: 'Each semester',
  annually: 'Annually',
};
