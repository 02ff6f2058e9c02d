import { workWeekOf } from './week';

describe('the work week of my work', () => {
  it('is counted in Warsaw: 23:30 UTC on a Sunday is already Monday there', () => {
    expect(workWeekOf(new Date('2027-03-14T22:30:00Z'))).toEqual({ today: '2027-03-14', sunday: '2027-03-14' });
    expect(workWeekOf(new Date('2027-03-14T23:30:00Z'))).toEqual({ today: '2027-03-15', sunday: '2027-03-21' });
  });

  it('ends on the Sunday of the week, across a month and a summer-time change', () => {
    expect(workWeekOf(new Date('2027-03-26T10:00:00Z'))).toEqual({ today: '2027-03-26', sunday: '2027-03-28' });
    expect(workWeekOf(new Date('2027-03-29T21:59:00Z'))).toEqual({ today: '2027-03-29', sunday: '2027-04-04' });
  });
});
