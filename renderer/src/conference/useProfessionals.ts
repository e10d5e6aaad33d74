import { useEffect, useState } from 'react';
import type { Professional } from '../../../shared/professionals/schema';
import { api } from '../api/client';

/** The directory of professionals, for choosing the chair, lead practitioner and minute-taker. */
export function useProfessionals(): readonly Professional[] {
  const [professionals, setProfessionals] = useState<readonly Professional[]>([]);
  useEffect(() => {
    let current = true;
    void api.listProfessionals({}).then((result) => {
      if (current && result.ok) setProfessionals(result.value);
    });
    return () => {
      current = false;
    };
  }, []);
  return professionals;
}
