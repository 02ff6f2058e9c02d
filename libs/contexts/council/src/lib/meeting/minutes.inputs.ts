import { applyDecorators } from '@nestjs/common';
import { Field, InputType, Int } from '@nestjs/graphql';
import { NonBlankText, Text, UuidScalar, withMessage } from '@wspolnie/platform-graphql';
import { Allow, IsInt, Min } from 'class-validator';
import { meetingMessage } from './meeting-messages';

export const MINUTES_LIMIT = 200_000;

const MinutesVersion = () =>
  applyDecorators(
    Field(() => Int, { description: "The minutes' version as read: 0 before anything was written; a stale one answers CONFLICT and changes nothing." }),
    IsInt(withMessage(meetingMessage('minutesVersion'))),
    Min(0, withMessage(meetingMessage('minutesVersion'))),
  );

@InputType({ description: 'The whole text of the minutes, while the meeting is planned or in progress.' })
export class SaveMinutesInput {
  @Field(() => UuidScalar)
  @Allow() // checked by the scalar
  meetingId: string;

  @MinutesVersion()
  expectedVersion: number;

  @Field({ description: `Markdown, at most ${MINUTES_LIMIT.toLocaleString('en')} characters.` })
  @Text('markdown', MINUTES_LIMIT)
  markdown: string;
}

@InputType({ description: 'A correction of the minutes of a closed meeting: kept with its reason, who and when.' })
export class CorrectMinutesInput extends SaveMinutesInput {
  @Field({ description: 'Why the minutes are corrected, at most 1000 characters.' })
  @NonBlankText('reason', 1000)
  reason: string;
}
