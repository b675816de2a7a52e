"""The activity log (no Qt): activity types, durations, entries with their filters and totals, study circles, CSV
import and export, and the retention of old notes. Service users are only ever counted, never named."""
