import { fileNameOf } from '../../ui/download';
import { formatHours, reportCsvUrl } from './report-download';

describe('the report download', () => {
  it('takes the UTF-8 file name, with its Polish letters', () => {
    const header = `attachment; filename="Raport Regiony Rewitalizacji 2020-01-01-2020-06-30.csv"; filename*=UTF-8''Raport%20Regiony%20Rewitalizacji%20%E2%80%93%20%C5%82%C3%B3d%C5%BA.csv`;
    expect(fileNameOf(header, 'x.csv')).toBe('Raport Regiony Rewitalizacji – łódź.csv');
    expect(fileNameOf('attachment; filename="raport.csv"', 'x.csv')).toBe('raport.csv');
    expect(fileNameOf(null, 'x.csv')).toBe('x.csv');
  });

  it('asks for the page’s period, team and grouping', () => {
    expect(reportCsvUrl({ programmeId: 'p1', from: '2020-01-01', to: '2020-06-30', teamId: 't1', areaCode: '32', groupBy: 'QUARTER' })).toBe('/programmes/p1/report.csv?from=2020-01-01&to=2020-06-30&groupBy=QUARTER&teamId=t1&areaCode=32');
    expect(reportCsvUrl({ programmeId: 'p1', from: '2020-01-01', to: '2020-06-30', teamId: null, areaCode: null, groupBy: 'KIND' })).toBe('/programmes/p1/report.csv?from=2020-01-01&to=2020-06-30&groupBy=KIND');
  });

  it('writes hours with the reader’s decimal sign', () => {
    expect(formatHours('12.50', 'pl')).toBe('12,50');
    expect(formatHours('12.50', 'en')).toBe('12.50');
  });
});
