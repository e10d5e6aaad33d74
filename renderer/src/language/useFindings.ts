import { useEffect, useMemo, useState } from 'react';
import { NO_PEOPLE, type Audience, type Finding } from '../../../shared/language';
import { conferenceNames, conferencePeople } from '../../../shared/language-settings/names';
import { useConferences } from '../conference/store';
import { languageChecker, type CheckConfiguration } from './checker';
import { rebaseFindings } from './findings';
import { loadAuthorityPack, useLanguage } from './store';

/** The pause after typing before the text is checked again. */
export const CHECK_DELAY_MS = 150;

const NO_NAMES: readonly string[] = [];

/** The saved authority pack with the open conference's names, places and people. */
export function useCheckConfiguration(conferenceId: string | null): CheckConfiguration {
  const pack = useLanguage((state) => state.pack);
  const open = useConferences((state) => state.open);
  useEffect(() => {
    void loadAuthorityPack();
  }, []);
  const conference = open.state === 'loaded' && open.value.id === conferenceId ? open.value : null;
  return useMemo(() => {
    const { names, places } = conference ? conferenceNames(conference) : { names: NO_NAMES, places: NO_NAMES };
    const people = conference ? conferencePeople(conference) : NO_PEOPLE;
    const key = `${pack?.updatedAt ?? 'national'}|${names.join(',')}|${places.join(',')}|${JSON.stringify(people)}`;
    return { key, authorityPack: pack?.pack ?? null, names, places, people };
  }, [conference, pack]);
}

/**
 * Findings for a text as it is typed: checked in the worker after a pause; meanwhile the last
 * findings are moved to fit the text, so underlines never sit on the wrong words.
 */
export function useFindings(text: string, audience: Audience, configuration: CheckConfiguration): readonly Finding[] {
  const [checked, setChecked] = useState<{ text: string; key: string; findings: readonly Finding[] }>({ text: '', key: '', findings: [] });
  useEffect(() => {
    let current = true;
    const timer = setTimeout(() => {
      languageChecker.check(configuration, audience, text).then(
        (findings) => {
          if (current) setChecked({ text, key: configuration.key, findings });
        },
        () => undefined,
      );
    }, CHECK_DELAY_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [text, audience, configuration]);
  return useMemo(() => rebaseFindings(checked.text, text, checked.findings), [checked, text]);
}
