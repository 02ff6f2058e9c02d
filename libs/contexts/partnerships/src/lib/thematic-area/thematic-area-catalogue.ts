/** The standard catalogue of thematic areas, loaded by migration. Codes never change. */
export const STANDARD_THEMATIC_AREAS = [
  { code: 'TOURISM', namePl: 'Turystyka', nameEn: 'Tourism' },
  { code: 'CYCLING_ROUTES', namePl: 'Trasy rowerowe', nameEn: 'Cycling routes' },
  { code: 'BIODIVERSITY', namePl: 'Ochrona bioróżnorodności', nameEn: 'Biodiversity protection' },
  { code: 'LOCAL_ROADS', namePl: 'Drogi lokalne', nameEn: 'Local roads' },
  { code: 'DIGITALISATION', namePl: 'Cyfryzacja', nameEn: 'Digitalisation' },
  { code: 'CHILDCARE', namePl: 'Opieka nad dziećmi: żłobki i przedszkola', nameEn: 'Childcare: nurseries and preschools' },
  { code: 'SENIOR_POLICY', namePl: 'Polityka senioralna', nameEn: 'Senior policy' },
  { code: 'REVITALISATION', namePl: 'Rewitalizacja', nameEn: 'Revitalisation' },
] as const;
