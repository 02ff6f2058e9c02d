import { Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Partnership } from '../partnership/partnership.entity';
import { ThematicArea } from './thematic-area.entity';

/** Which thematic areas a partnership works on. */
@Entity('partnership_thematic_area')
export class PartnershipThematicArea {
  @PrimaryColumn({ name: 'partnership_id', type: 'uuid', primaryKeyConstraintName: 'partnership_thematic_area_pk' })
  partnershipId: string;

  @Index('partnership_thematic_area_area_idx')
  @PrimaryColumn({ name: 'thematic_area_id', type: 'uuid', primaryKeyConstraintName: 'partnership_thematic_area_pk' })
  thematicAreaId: string;

  @ManyToOne(() => Partnership, { onDelete: 'CASCADE', nullable: false })
  @JoinColumn({ name: 'partnership_id', foreignKeyConstraintName: 'partnership_thematic_area_partnership_fk' })
  partnership?: Partnership;

  @ManyToOne(() => ThematicArea, { onDelete: 'CASCADE', nullable: false })
  @JoinColumn({ name: 'thematic_area_id', foreignKeyConstraintName: 'partnership_thematic_area_area_fk' })
  thematicArea?: ThematicArea;
}
