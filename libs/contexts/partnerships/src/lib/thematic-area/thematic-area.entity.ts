import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Partnership } from '../partnership/partnership.entity';

@ObjectType({ description: 'A thematic area of joint work: from the standard catalogue, or a partnership\'s own.' })
@Entity('thematic_area')
// A standard area has a code and no owner; a partnership's own area has an owner and no code.
@Check('thematic_area_standard_or_own', '(code IS NULL) <> (partnership_id IS NULL)')
// Names are unique, case-insensitively, among the catalogue and within each partnership.
@Index('thematic_area_name_key', { synchronize: false })
export class ThematicArea {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'thematic_area_pk' })
  id: string;

  @Field(() => String, { nullable: true, description: 'Stable code of a standard area, e.g. CYCLING_ROUTES; null for a partnership\'s own.' })
  @Index('thematic_area_code_key', { unique: true })
  @Column({ type: 'text', nullable: true })
  code: string | null;

  @Index('thematic_area_partnership_idx')
  @Column({ name: 'partnership_id', type: 'uuid', nullable: true })
  partnershipId: string | null;

  @ManyToOne(() => Partnership, { onDelete: 'CASCADE', nullable: true })
  @JoinColumn({ name: 'partnership_id', foreignKeyConstraintName: 'thematic_area_partnership_fk' })
  partnership?: Partnership | null;

  @Field({ description: 'Polish name, e.g. "Trasy rowerowe".' })
  @Column({ name: 'name_pl', type: 'text' })
  namePl: string;

  @Field(() => String, { nullable: true, description: 'English name, e.g. "Cycling routes".' })
  @Column({ name: 'name_en', type: 'text', nullable: true })
  nameEn: string | null;

  @Field({ description: 'True for an area of the standard catalogue.' })
  get isStandard(): boolean {
    return this.code !== null;
  }
}
