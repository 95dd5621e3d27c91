import { Fragment, type ComponentChildren } from 'preact';

/** One row: what the value is, and the value. */
export interface NameValueRow {
  /** A label, or a parameter name (in `<code>`). */
  readonly name: ComponentChildren;
  readonly value: ComponentChildren;
  /** Unique among the rows; the row's position when absent. */
  readonly key?: string | number;
  /** A class for the value's cell, e.g. for a monospace value. */
  readonly valueClass?: string | undefined;
}

/** Rows left out where they do not apply (`cond && {…}`, `cond ? {…} : null`). */
type Rows = readonly (NameValueRow | false | null | undefined)[];

interface TableProps {
  /** A bordered data table (`table.data`) with the names as row headers. The default. */
  readonly as?: 'table';
  readonly rows: Rows;
  /** Classes added to `data`. */
  readonly class?: string;
  /** The table's name (its `<caption>`). */
  readonly caption?: ComponentChildren;
  /** E.g. `visually-hidden`: named for screen readers, not shown. */
  readonly captionClass?: string;
  /** Column headings, for tables long enough to scroll. */
  readonly columns?: readonly [name: string, value: string];
  /** Said in place of the rows when there are none. */
  readonly empty?: ComponentChildren;
}

interface ListProps {
  /** A definition list (`<dl>`): the summary of a card. */
  readonly as: 'list';
  readonly rows: Rows;
  readonly class?: string;
  /** Each name and value wrapped in a `<div>` of this class, for a layout by row. */
  readonly rowClass?: string;
}

/**
 * Label → value rows, as screen readers know them: a table whose names are
 * row headers (`th scope="row"`), or a definition list (`dt`/`dd`). One
 * component for every such table in the views; tables of more columns
 * (decoded fields with their meaning, batch results, DCV records with copy
 * buttons) are their own.
 */
export function NameValueTable(props: TableProps | ListProps) {
  const rows = props.rows.filter((row): row is NameValueRow => Boolean(row));
  if (props.as === 'list') {
    const { rowClass } = props;
    return (
      <dl class={props.class}>
        {rows.map((row, index) => {
          const pair = (
            <>
              <dt>{row.name}</dt>
              <dd class={row.valueClass}>{row.value}</dd>
            </>
          );
          return rowClass === undefined ? (
            <Fragment key={row.key ?? index}>{pair}</Fragment>
          ) : (
            <div key={row.key ?? index} class={rowClass}>
              {pair}
            </div>
          );
        })}
      </dl>
    );
  }
  const { caption, columns } = props;
  return (
    <table class={props.class === undefined ? 'data' : `data ${props.class}`}>
      {caption === undefined ? null : <caption class={props.captionClass}>{caption}</caption>}
      {columns === undefined ? null : (
        <thead>
          <tr>
            <th scope="col">{columns[0]}</th>
            <th scope="col">{columns[1]}</th>
          </tr>
        </thead>
      )}
      <tbody>
        {rows.length === 0 && props.empty !== undefined ? (
          <tr>
            <td colSpan={2}>{props.empty}</td>
          </tr>
        ) : (
          rows.map((row, index) => (
            <tr key={row.key ?? index}>
              <th scope="row">{row.name}</th>
              <td class={row.valueClass}>{row.value}</td>
            </tr>
          ))
        )}
      </tbody>
    </table>
  );
}
