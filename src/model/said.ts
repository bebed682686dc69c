// Words with a code (defined beside the dataset, so the readers in formats/ can say them too).
export { type NoticeText, type Said, type SaidValues, said, textOf } from '../dataset/said';
